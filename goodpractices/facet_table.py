"""The library's facets, one row each (home.listing.Facet): its FilterSet
(goodpractices.filters), its counts (goodpractices.facets, one grouped query per row) and its
form are generated from this table. A new facet is a new row (docs/facets.md)."""

from django.utils.translation import gettext_lazy as _

from goodpractices.models import Beneficiary, InterventionKind, PracticePeriod
from home.listing import Facet, Vocabulary, engine_fields
from home.models import NetworkPage, Objective

FACETS = (
    Facet(
        "rete",
        _("Rete"),
        "network__slug",
        options=Vocabulary(NetworkPage.objects.all(), "short_name", ("short_name",)),
    ),
    Facet(
        "obiettivo",
        _("Obiettivo"),
        "objectives__slug",
        indexed="objective_slugs",
        options=Vocabulary(Objective.objects.all(), "title", ("number",)),
    ),
    Facet(
        "tipo",
        _("Tipo di intervento"),
        "kinds__slug",
        indexed="kind_slugs",
        options=Vocabulary(InterventionKind.objects.all(), "name"),
    ),
    Facet(
        "beneficiari",
        _("A chi è rivolta"),
        "beneficiaries__slug",
        indexed="beneficiary_slugs",
        options=Vocabulary(Beneficiary.objects.all(), "name"),
    ),
    Facet("periodo", _("Periodo"), "period__slug", options=Vocabulary(PracticePeriod.objects.all(), "name")),
)


def library_engine_fields(facets=FACETS):
    """(parameter, indexed field name, kind) of each facet."""
    return engine_fields(facets)
