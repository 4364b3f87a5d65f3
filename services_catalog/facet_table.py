"""The catalogue's facets, one row each (home.listing.Facet): the FilterSet's filters
(services_catalog.filters), the facet index (services_catalog.facet_index), the form and the
tests' reference are generated from this table. A new facet is a new row (docs/facets.md).
The values of the taxonomy facets depend on the language: each row's Vocabulary loads them
(services_catalog.catalogue.load_choices keeps them until content changes)."""

from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat
from django.utils.translation import gettext_lazy as _

from home.listing import CHOICE, COMPOSITE, FLAG, Facet, Vocabulary, engine_fields
from home.models import Action, Audience, NetworkPage, Objective
from services_catalog.models import Weekday
from services_catalog.needs import NEEDS, need_choices


def numbered(number, title):
    """An objective's label, as Objective.__str__ writes it: «1. title»."""
    return Concat(Cast(number, CharField()), Value(". "), title, output_field=CharField())


FACETS = (
    Facet(
        "bisogno",
        _("Bisogno"),
        kind=COMPOSITE,
        choices=tuple(need_choices()),
        parts={need: mapping for need, (_label, mapping) in NEEDS.items()},
        indexed="need_slugs",
    ),
    Facet(
        "obiettivo",
        _("Obiettivo"),
        "objectives__slug",
        indexed="objective_slugs",
        options=Vocabulary(Objective.objects.all(), numbered("number", "title"), ("number",)),
    ),
    Facet(
        "azione",
        _("Azione"),
        "actions__slug",
        indexed="action_slugs",
        options=Vocabulary(
            Action.objects.all(),
            "title",
            ("objective__number", "sort_order"),
            group=numbered("objective__number", "objective__title"),
        ),
    ),
    Facet(
        "destinatari",
        _("A chi è rivolto"),
        "audiences__slug",
        indexed="audience_slugs",
        options=Vocabulary(Audience.objects.all(), "name"),
    ),
    Facet(
        "rete",
        _("Rete territoriale"),
        "network__slug",
        options=Vocabulary(NetworkPage.objects.live(), "short_name", ("short_name",)),
    ),
    Facet(
        "giorno",
        _("Aperto il"),
        "locations__hours__weekday",
        CHOICE,
        choices=tuple((str(value), label) for value, label in Weekday.choices),
        empty_label=_("Qualsiasi giorno"),
        indexed="opening_weekdays",
        numeric=True,
    ),
    Facet("gratuito", _("Solo servizi gratuiti"), "is_free", FLAG),
)


def catalogue_engine_fields(facets=FACETS):
    """(parameter, indexed field name, kind) of each facet counted by value."""
    return engine_fields(facets)
