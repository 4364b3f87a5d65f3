"""The catalogue's filters (django-filter). Every parameter is validated by a form field;
unknown values are dropped one by one (a shared link with a value that no longer exists
still works), out-of-range numbers are reported and ignored. Filters on related tables use
primary-key subqueries, so a service never appears twice and counts need no DISTINCT."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_filters.constants import EMPTY_VALUES

from hardening.params import MAX_ID, integer_or_none
from home.geography.municipalities import find_municipality, similar_municipalities
from home.models import NetworkPage
from services_catalog.models import OpeningHours, ServiceLocation, ServicePage, Weekday
from services_catalog.needs import mapping_of, need_choices
from services_catalog.places import keys_within

MAX_VALUES_PER_PARAMETER = 50
MAX_AGE_YEARS = 100
MAX_AGE_MONTHS = MAX_AGE_YEARS * 12

AGE_UNITS = [("anni", _("anni")), ("mesi", _("mesi"))]
RADII_KM = [("5", _("5 km")), ("10", _("10 km")), ("25", _("25 km")), ("50", _("50 km"))]
MAX_PLACE_LENGTH = 120


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Keeps the known values of a multi-valued parameter and drops the rest."""

    def clean(self, value):
        if not value:
            return []
        if isinstance(value, str):
            value = [value]
        known = {str(key) for key, _label in self.choices}
        kept = []
        for item in value:
            if item in known and item not in kept:
                kept.append(item)
        return kept[:MAX_VALUES_PER_PARAMETER]


class LenientChoiceField(forms.ChoiceField):
    """A single choice; an unknown value counts as no choice."""

    def clean(self, value):
        value = value if isinstance(value, str) else ""
        return value if value in {str(key) for key, _label in self.choices} else ""


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


class TaxonomyFilter(django_filters.MultipleChoiceFilter):
    field_class = LenientMultipleChoiceField


class SingleChoiceFilter(django_filters.ChoiceFilter):
    field_class = LenientChoiceField


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


def through_subquery(relation, value_field, values):
    """Primary keys of the services linked through `relation` to one of `values` (by slug)."""
    through = getattr(ServicePage, relation).through
    return through.objects.filter(**{f"{value_field}__slug__in": values}).values("servicepage_id")


class CatalogueForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        if cleaned.get("eta") is not None and cleaned.get("unita") != "mesi" and cleaned["eta"] > MAX_AGE_YEARS:
            self.add_error("eta", _("Indicare un'età fino a 100 anni (1200 mesi)."))
        return cleaned


class ServiceFilterSet(django_filters.FilterSet):
    """Filters of /servizi/. `choices` maps each taxonomy parameter to its (value, label) list,
    loaded once per request by the catalogue."""

    bisogno = TaxonomyFilter(label=_("Bisogno"), choices=need_choices(), method="filter_condition")
    obiettivo = TaxonomyFilter(label=_("Obiettivo"), method="filter_condition")
    azione = TaxonomyFilter(label=_("Azione"), method="filter_condition")
    destinatari = TaxonomyFilter(label=_("A chi è rivolto"), method="filter_condition")
    rete = TaxonomyFilter(label=_("Rete territoriale"), method="filter_condition")
    comune = PlaceFilter(label=_("Il tuo comune"), method="ignore")
    raggio = SingleChoiceFilter(label=_("Entro"), choices=RADII_KM, method="filter_condition")
    giorno = SingleChoiceFilter(
        label=_("Aperto il"),
        choices=[(str(value), label) for value, label in Weekday.choices],
        method="filter_condition",
    )
    gratuito = SingleChoiceFilter(label=_("Solo servizi gratuiti"), choices=[("1", _("sì"))], method="filter_condition")
    eta = AgeFilter(
        label=_("Età del bambino o della bambina"),
        method="filter_condition",
        min_value=0,
        max_value=MAX_AGE_MONTHS,
        error_messages={
            "min_value": _("L'età non può essere negativa."),
            "max_value": _("Indicare un'età fino a 100 anni (1200 mesi)."),
            "invalid": _("Indicare l'età con un numero intero."),
        },
    )
    unita = SingleChoiceFilter(label=_("Unità"), choices=AGE_UNITS, method="ignore")
    eta_nota = SingleChoiceFilter(label=_("Solo servizi che indicano l'età"), choices=[("1", _("sì"))], method="ignore")

    FACETS = ("bisogno", "obiettivo", "azione", "destinatari", "rete", "giorno", "gratuito")
    # Parameters that qualify another one rather than filter by themselves.
    QUALIFIERS = ("unita", "eta_nota", "comune")

    class Meta:
        model = ServicePage
        fields = []
        form = CatalogueForm

    def __init__(self, data=None, queryset=None, *, choices, **kwargs):
        super().__init__(data, queryset, **kwargs)
        for name, values in choices.items():
            self.filters[name].extra["choices"] = values

    # Filters -----------------------------------------------------------------
    # Each parameter is one condition on the service (a Q): django-filter applies them one
    # after the other (`qs`). The catalogue counts and lists with the facet index
    # (services_catalog.facets), whose tests hold it to these conditions.

    def filter_condition(self, queryset, name, value):
        return queryset.filter(self.condition(name, value))

    def condition(self, name, value):
        """The Q of parameter `name` with its cleaned `value`."""
        return getattr(self, f"{name}_condition")(value)

    def bisogno_condition(self, values):
        """A need is any of its mapped taxonomy values (services_catalog.needs)."""
        condition = Q(pk__in=[])
        for need in values:
            for name, slugs in mapping_of(need).items():
                condition |= self.condition(name, slugs)
        return condition

    def obiettivo_condition(self, values):
        return Q(pk__in=through_subquery("objectives", "objective", values))

    def azione_condition(self, values):
        return Q(pk__in=through_subquery("actions", "action", values))

    def destinatari_condition(self, values):
        return Q(pk__in=through_subquery("audiences", "audience", values))

    def rete_condition(self, values):
        return Q(network__in=NetworkPage.objects.filter(slug__in=values).values("pk"))

    def raggio_condition(self, value):
        """Services with a location within `value` km of the visitor's municipality (none
        chosen: no condition). A service whose place is unknown is at no known distance."""
        origin = self.form.cleaned_data.get("comune")
        if origin is None:
            return Q()
        return Q(pk__in=keys_within(ServiceLocation.objects.all(), origin, int(value)))

    def giorno_condition(self, value):
        return Q(pk__in=OpeningHours.objects.filter(weekday=int(value)).values("location__service_id"))

    def gratuito_condition(self, value):
        return Q(is_free=True)

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
