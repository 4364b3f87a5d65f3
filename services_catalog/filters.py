"""The catalogue's filters (django-filter). Every parameter is validated by a form field;
unknown values are dropped one by one (a shared link with a value that no longer exists
still works), out-of-range numbers are reported and ignored. Filters on related tables use
primary-key subqueries, so a service never appears twice and counts need no DISTINCT."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from services_catalog.models import OpeningHours, ServiceLocation, ServicePage, Weekday

MAX_VALUES_PER_PARAMETER = 50
MAX_AGE_YEARS = 100
MAX_AGE_MONTHS = MAX_AGE_YEARS * 12

DYNAMIC_CHOICES = ("obiettivo", "azione", "destinatari", "rete", "comune")
AGE_UNITS = [("anni", _("anni")), ("mesi", _("mesi"))]


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


class TaxonomyFilter(django_filters.MultipleChoiceFilter):
    field_class = LenientMultipleChoiceField


class SingleChoiceFilter(django_filters.ChoiceFilter):
    field_class = LenientChoiceField


class AgeFilter(django_filters.Filter):
    field_class = forms.IntegerField


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
    loaded once per request by the catalogue so building several filter sets costs no query."""

    obiettivo = TaxonomyFilter(label=_("Obiettivo"), method="filter_objectives")
    azione = TaxonomyFilter(label=_("Azione"), method="filter_actions")
    destinatari = TaxonomyFilter(label=_("A chi è rivolto"), method="filter_audiences")
    rete = TaxonomyFilter(label=_("Rete territoriale"), method="filter_networks")
    comune = SingleChoiceFilter(label=_("Comune"), method="filter_municipality")
    giorno = SingleChoiceFilter(
        label=_("Aperto il"), choices=[(str(value), label) for value, label in Weekday.choices], method="filter_weekday"
    )
    gratuito = SingleChoiceFilter(label=_("Solo servizi gratuiti"), choices=[("1", _("sì"))], method="filter_free")
    eta = AgeFilter(
        label=_("Età del bambino o della bambina"),
        method="filter_age",
        min_value=0,
        max_value=MAX_AGE_MONTHS,
        error_messages={
            "min_value": _("L'età non può essere negativa."),
            "max_value": _("Indicare un'età fino a 100 anni (1200 mesi)."),
            "invalid": _("Indicare l'età con un numero intero."),
        },
    )
    unita = SingleChoiceFilter(label=_("Unità"), choices=AGE_UNITS, method="ignore")

    FACETS = ("obiettivo", "azione", "destinatari", "rete", "comune", "giorno", "gratuito")

    class Meta:
        model = ServicePage
        fields = []
        form = CatalogueForm

    def __init__(self, data=None, queryset=None, *, choices, **kwargs):
        super().__init__(data, queryset, **kwargs)
        for name, values in choices.items():
            self.filters[name].extra["choices"] = values

    # Filters -----------------------------------------------------------------

    def filter_objectives(self, queryset, name, values):
        return queryset.filter(pk__in=through_subquery("objectives", "objective", values))

    def filter_actions(self, queryset, name, values):
        return queryset.filter(pk__in=through_subquery("actions", "action", values))

    def filter_audiences(self, queryset, name, values):
        return queryset.filter(pk__in=through_subquery("audiences", "audience", values))

    def filter_networks(self, queryset, name, values):
        return queryset.filter(network__slug__in=values)

    def filter_municipality(self, queryset, name, value):
        return queryset.filter(pk__in=ServiceLocation.objects.filter(municipality=value).values("service_id"))

    def filter_weekday(self, queryset, name, value):
        return queryset.filter(pk__in=OpeningHours.objects.filter(weekday=int(value)).values("location__service_id"))

    def filter_free(self, queryset, name, value):
        return queryset.filter(is_free=True)

    def filter_age(self, queryset, name, value):
        """Services for children whose age range contains the age. An age in years covers its
        twelve months (a 2-year-old is 24 to 35 months old); a service with no range is not
        a service for children of a given age and does not match."""
        in_years = self.form.cleaned_data.get("unita") != "mesi"
        low, high = (value * 12, value * 12 + 11) if in_years else (value, value)
        return (
            queryset.exclude(age_min_months__isnull=True, age_max_months__isnull=True)
            .exclude(age_min_months__gt=high)
            .exclude(age_max_months__lt=low)
        )

    def ignore(self, queryset, name, value):
        return queryset

    # Helpers -----------------------------------------------------------------

    def without(self, *names):
        """The same filters minus some parameters: the base of their facet counts."""
        data = self.data.copy()
        for name in names:
            data.pop(name, None)
        return type(self)(data, self.queryset, choices=self.choices)

    def only(self, name):
        """The filter of one parameter alone, over every service."""
        data = self.data.copy()
        for other in list(data):
            if other != name:
                data.pop(other)
        return type(self)(data, ServicePage.objects.all(), choices=self.choices)

    def on(self, queryset):
        """The same filters over another queryset."""
        return type(self)(self.data, queryset, choices=self.choices)

    @property
    def choices(self):
        return {name: self.filters[name].extra["choices"] for name in DYNAMIC_CHOICES}

    def active_values(self):
        """(parameter, value) pairs actually applied, in form order."""
        self.form.is_valid()
        cleaned = self.form.cleaned_data
        pairs = []
        for name in self.filters:
            value = cleaned.get(name)
            if name == "unita" or value in (None, "", [], False):
                continue
            for item in value if isinstance(value, list) else [value]:
                pairs.append((name, item))
        return pairs
