"""Good practices the service catalogue offers when few services match (the catalogue's
`catalogue_related_practices` hook, registered in wagtail_hooks: services_catalog imports
no app above it). Related means: sharing an action or objective of the filters in use (a need
counts as the actions and objectives it stands for), the chosen networks' practices first."""

from django.db.models import Case, IntegerField, Q, Value, When

from goodpractices.models import GoodPracticePage
from services_catalog.needs import mapping_of


def wanted_taxonomy(applied):
    """(objective slugs, action slugs) named by the filters in use, needs included."""
    objectives, actions = set(applied.get("obiettivo", [])), set(applied.get("azione", []))
    for need in applied.get("bisogno", []):
        mapping = mapping_of(need)
        objectives.update(mapping.get("obiettivo", []))
        actions.update(mapping.get("azione", []))
    return objectives, actions


def related_practices(applied, locale, limit):
    """(title, url) of up to `limit` live practices of `locale` related to the filters in use."""
    objectives, actions = wanted_taxonomy(applied)
    if not objectives and not actions:
        return []
    related = Q(objectives__slug__in=objectives) | Q(actions__slug__in=actions)
    chosen = applied.get("rete", [])
    first = Case(When(network__slug__in=chosen, then=Value(0)), default=Value(1), output_field=IntegerField())
    keys = GoodPracticePage.objects.filter(related).values("pk")
    practices = (
        GoodPracticePage.objects.live()
        .public()
        .filter(pk__in=keys, locale=locale)
        .annotate(chosen_network=first)
        .order_by("chosen_network", "title")[:limit]
    )
    return [(practice.title, practice.url) for practice in practices]
