"""The library's filters (django-filter): one multiple-choice filter per facet, values
by slug, OR within a facet and AND across facets."""

import re

import django_filters
from django.utils.translation import gettext_lazy as _

from goodpractices.models import Beneficiary, GoodPracticePage, InterventionKind, PracticePeriod
from home.models import NetworkPage, Objective

SLUG_RE = re.compile(r"^[-a-z0-9_]{1,80}$")
MAX_VALUES_PER_FACET = 30


class PracticeFilterSet(django_filters.FilterSet):
    """Parameter names are the Italian words of the public URL."""

    rete = django_filters.ModelMultipleChoiceFilter(
        field_name="network__slug", to_field_name="slug", queryset=NetworkPage.objects.none(), label=_("Rete")
    )
    obiettivo = django_filters.ModelMultipleChoiceFilter(
        field_name="objectives__slug", to_field_name="slug", queryset=Objective.objects.none(), label=_("Obiettivo")
    )
    tipo = django_filters.ModelMultipleChoiceFilter(
        field_name="kinds__slug",
        to_field_name="slug",
        queryset=InterventionKind.objects.none(),
        label=_("Tipo di intervento"),
    )
    beneficiari = django_filters.ModelMultipleChoiceFilter(
        field_name="beneficiaries__slug",
        to_field_name="slug",
        queryset=Beneficiary.objects.none(),
        label=_("A chi è rivolta"),
    )
    periodo = django_filters.ModelMultipleChoiceFilter(
        field_name="period__slug", to_field_name="slug", queryset=PracticePeriod.objects.none(), label=_("Periodo")
    )

    class Meta:
        model = GoodPracticePage
        fields = []

    def __init__(self, data=None, queryset=None, *, locale, **kwargs):
        super().__init__(data, queryset, **kwargs)
        for name, options in option_querysets(locale).items():
            self.filters[name].queryset = options


def option_querysets(locale):
    """The values each facet offers, in the library's locale and display order."""
    return {
        "rete": NetworkPage.objects.filter(locale=locale).order_by("short_name"),
        "obiettivo": Objective.objects.filter(locale=locale).order_by("number"),
        "tipo": InterventionKind.objects.filter(locale=locale),
        "beneficiari": Beneficiary.objects.filter(locale=locale),
        "periodo": PracticePeriod.objects.filter(locale=locale),
    }


FACET_NAMES = tuple(PracticeFilterSet.base_filters)


def malformed_parameters(params):
    """Names of facet parameters whose values cannot be slugs (too many, too long, odd characters)."""
    bad = []
    for name in FACET_NAMES:
        values = params.getlist(name)
        if len(values) > MAX_VALUES_PER_FACET or any(not SLUG_RE.match(value) for value in values if value):
            bad.append(name)
    return bad
