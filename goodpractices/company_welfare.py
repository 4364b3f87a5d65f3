"""«Esempi di welfare aziendale»: the practices of company welfare and family-friendly
work organisation, grouped by the five objectives, with what each achieved. Each group
shows its first practices and links to the library for the rest, so the page stays
the same size whatever the number of practices."""

from dataclasses import dataclass, field

from django.db.models import Count, Q

from goodpractices.models import GoodPracticePage
from goodpractices.models.taxonomy import COMPANY_KIND_SLUGS
from goodpractices.totals import indicator_totals
from home.models import Objective

GROUP_LIMIT = 10


@dataclass
class ObjectiveGroup:
    objective: Objective | None  # None: the source names no objective for these practices
    count: int
    practices: list = field(default_factory=list)

    @property
    def anchor(self):
        return f"obiettivo-{self.objective.slug}" if self.objective else "obiettivo-non-indicato"

    @property
    def library_query(self):
        return library_query(self.objective)


def library_query(objective=None):
    """The library's query string for company practices (of one objective, when given)."""
    params = [f"tipo={slug}" for slug in COMPANY_KIND_SLUGS]
    if objective is not None:
        params.append(f"obiettivo={objective.slug}")
    return "?" + "&".join(params)


def company_practices(index_page):
    ids = index_page.practices().filter(kinds__slug__in=COMPANY_KIND_SLUGS).values("pk")
    return GoodPracticePage.objects.filter(pk__in=ids)


def first_practices(practices):
    return list(
        practices.select_related("network", "period")
        .prefetch_related("indicators", "kinds")
        .order_by("network__short_name", "title", "pk")[:GROUP_LIMIT]
    )


def company_welfare_groups(index_page):
    practices = company_practices(index_page)
    in_practices = Q(good_practices__in=practices.values("pk"))
    objectives = (
        Objective.objects.filter(locale=index_page.locale)
        .annotate(practice_count=Count("good_practices", filter=in_practices, distinct=True))
        .order_by("number")
    )
    groups = [
        ObjectiveGroup(
            objective,
            objective.practice_count,
            first_practices(practices.filter(objectives=objective)) if objective.practice_count else [],
        )
        for objective in objectives
    ]
    unclassified = practices.filter(objectives__isnull=True)
    groups.append(ObjectiveGroup(None, unclassified.count(), first_practices(unclassified)))
    return {
        "groups": groups,
        "count": practices.count(),
        "networks": practices.values("network").distinct().count(),
        "totals": indicator_totals(practices),
        "library_query": library_query(),
    }
