"""«Esempi di welfare aziendale»: the practices of company welfare and family-friendly
work organisation, grouped by the five objectives, with what each achieved."""

from dataclasses import dataclass, field

from django.db.models import Prefetch

from goodpractices.models import GoodPracticePage
from goodpractices.models.taxonomy import COMPANY_KIND_SLUGS
from goodpractices.totals import indicator_totals
from home.models import Objective


@dataclass
class ObjectiveGroup:
    objective: Objective | None  # None: the source names no objective for these practices
    practices: list = field(default_factory=list)


def company_practices(index_page):
    ids = index_page.practices().filter(kinds__slug__in=COMPANY_KIND_SLUGS).values("pk")
    return GoodPracticePage.objects.filter(pk__in=ids)


def company_welfare_groups(index_page):
    practices = company_practices(index_page)
    listing = (
        practices.select_related("network")
        .prefetch_related("indicators", "kinds", Prefetch("objectives", queryset=Objective.objects.order_by("number")))
        .order_by("network__short_name", "title")
    )
    objectives = Objective.objects.filter(locale=index_page.locale).order_by("number")
    groups = {objective.pk: ObjectiveGroup(objective) for objective in objectives}
    unclassified = ObjectiveGroup(None)
    for practice in listing:
        linked = [objective.pk for objective in practice.objectives.all() if objective.pk in groups]
        for pk in linked:
            groups[pk].practices.append(practice)
        if not linked:
            unclassified.practices.append(practice)
    return {
        "groups": [*groups.values(), unclassified],
        "count": len(listing),
        "networks": len({practice.network_id for practice in listing}),
        "totals": indicator_totals(practices),
        "kind_slugs": COMPANY_KIND_SLUGS,
    }
