"""The catalogue's filters (django-filter): the facets' filters generated from
services_catalog.facet_table, and the place, radius and age filters written here. Every
parameter is validated by a form field; a bad value is dropped and reported in the form, the
other values still apply (home.listing's policy). Filters on related tables use primary-key
subqueries, so a service never appears twice and counts need no DISTINCT."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_filters.constants import EMPTY_VALUES

from hardening.params import MAX_ID, integer_or_none
from home.geography.municipalities import find_municipality, similar_municipalities
from home.listing import YES, ListingFilterSet, ListingForm, ValueFilter, listing_filterset
from services_catalog import facet_table
from services_catalog.models import ServiceLocation, ServicePage
from services_catalog.places import keys_within

MAX_AGE_YEARS = 100
MAX_AGE_MONTHS = MAX_AGE_YEARS * 12

AGE_UNITS = [("anni", _("anni")), ("mesi", _("mesi"))]
RADII_KM = [("5", _("5 km")), ("10", _("10 km")), ("25", _("25 km")), ("50", _("50 km"))]
MAX_PLACE_LENGTH = 120


class PlaceField(forms.CharField):
    """The visitor's municipality, typed freely (accents, case, apostrophes, «S.» for «San»
    and a province in brackets are tolerated): a Municipality of Lombardy, or an error that
    names the closest names (what was typed stays in the field)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", MAX_PLACE_LENGTH)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, value):
        text = super().clean(value if isinstance(value, str) else "")
        if not text:
            return None
        found = find_municipality(text)
        if found is None:
            hints = ", ".join(municipality.name for municipality in similar_municipalities(text))
            message = _("«%(name)s» non è un comune della Lombardia.") % {"name": text}
            if hints:
                message += " " + _("Forse cercavi: %(names)s.") % {"names": hints}
            raise forms.ValidationError(message, code="unknown_municipality")
        return found


class PlaceFilter(django_filters.Filter):
    field_class = PlaceField


class AsciiIntegerField(forms.IntegerField):
    """An integer written in ASCII digits (forms.IntegerField takes any int(): «١٢», «1_0»)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        number = integer_or_none(str(value).strip(), -MAX_ID - 1)
        if number is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return number


class AgeFilter(django_filters.Filter):
    field_class = AsciiIntegerField


class CatalogueForm(ListingForm):
    def clean(self):
        cleaned = super().clean()
        if cleaned.get("eta") is not None and cleaned.get("unita") != "mesi" and cleaned["eta"] > MAX_AGE_YEARS:
            self.add_error("eta", _("Indicare un'età fino a 100 anni (1200 mesi)."))
        return cleaned


class CatalogueFilterSet(ListingFilterSet):
    """The filters of /servizi/ that are not facets (the place, the radius, the age); the
    facets' filters are generated from the table (services_catalog.facet_table, `for_table`).
    `choices` maps each taxonomy parameter to its (value, label) list, loaded once per request
    by the catalogue."""

    comune = PlaceFilter(label=_("Il tuo comune"), method="ignore")
    raggio = ValueFilter(label=_("Entro"), choices=RADII_KM, method="filter_own")
    eta = AgeFilter(
        label=_("Età del bambino o della bambina"),
        method="filter_own",
        min_value=0,
        max_value=MAX_AGE_MONTHS,
        error_messages={
            "min_value": _("L'età non può essere negativa."),
            "max_value": _("Indicare un'età fino a 100 anni (1200 mesi)."),
            "invalid": _("Indicare l'età con un numero intero."),
        },
    )
    unita = ValueFilter(label=_("Unità"), choices=AGE_UNITS, method="ignore")
    eta_nota = ValueFilter(label=_("Solo servizi che indicano l'età"), choices=YES, method="ignore")

    # Parameters that qualify another one rather than filter by themselves.
    QUALIFIERS = ("unita", "eta_nota", "comune")

    class Meta:
        model = ServicePage
        fields = []
        form = CatalogueForm

    # Filters -----------------------------------------------------------------
    # Each parameter is one condition on the service (a Q): django-filter applies them one
    # after the other (`qs`). The catalogue counts and lists with the facet index
    # (services_catalog.facets), whose tests hold it to these conditions.

    def filter_own(self, queryset, name, value):
        return queryset.filter(self.condition(name, value))

    def condition(self, name, value):
        """The Q of parameter `name` with its cleaned `value`."""
        if name in self.FACETS:
            return super().condition(name, value)
        return getattr(self, f"{name}_condition")(value)

    def raggio_condition(self, value):
        """Services with a location within `value` km of the visitor's municipality (none
        chosen: no condition). A service whose place is unknown is at no known distance."""
        origin = self.form.cleaned_data.get("comune")
        if origin is None:
            return Q()
        return Q(pk__in=keys_within(ServiceLocation.objects.all(), origin, int(value)))

    def eta_condition(self, value):
        """Services whose age range contains the age. An age in years covers its twelve months
        (a 2-year-old is 24 to 35 months old). A service that gives no age is kept (its age is
        not known, the card says so) unless the visitor asks for known ages only (`eta_nota`)."""
        low, high = self.age_bounds(value)
        has_range = Q(age_min_months__isnull=False) | Q(age_max_months__isnull=False)
        starts_by = Q(age_min_months__isnull=True) | Q(age_min_months__lte=high)
        ends_after = Q(age_max_months__isnull=True) | Q(age_max_months__gte=low)
        in_range = has_range & starts_by & ends_after
        return in_range if self.known_ages_only() else in_range | ~has_range

    def known_ages_only(self):
        return self.form.cleaned_data.get("eta_nota") == "1"

    def age_bounds(self, value):
        """The age given, in months, as (first, last) month: an age in years covers its twelve
        months (a 2-year-old is 24 to 35 months old)."""
        in_years = self.form.cleaned_data.get("unita") != "mesi"
        return (value * 12, value * 12 + 11) if in_years else (value, value)

    def ignore(self, queryset, name, value):
        return queryset

    # Helpers -----------------------------------------------------------------

    def applied(self):
        """{parameter: cleaned value} of the filters in use (the age unit and «known ages only»
        are part of the age; the municipality is where distances start, the radius filters)."""
        self.form.is_valid()
        applied = {
            name: value
            for name, value in self.form.cleaned_data.items()
            if name not in self.QUALIFIERS and value not in EMPTY_VALUES
        }
        if self.place() is None:
            applied.pop("raggio", None)
        return applied

    def place(self):
        """The visitor's municipality (a Municipality), or None."""
        self.form.is_valid()
        return self.form.cleaned_data.get("comune")

    def active_values(self):
        """(parameter, value) pairs actually applied, in form order."""
        return [
            (name, item)
            for name, value in self.applied().items()
            for item in (value if isinstance(value, list) else [value])
        ]


_generated = {}


def for_table(facets):
    """The catalogue's FilterSet for a facet table (generated once per table)."""
    kept = _generated.get(id(facets))
    if kept is None or kept[0] is not facets:
        kept = _generated[id(facets)] = (facets, listing_filterset(CatalogueFilterSet, facets))
    return kept[1]


def service_filterset():
    """The catalogue's FilterSet for the current table (services_catalog.facet_table)."""
    return for_table(facet_table.FACETS)


ServiceFilterSet = service_filterset()
