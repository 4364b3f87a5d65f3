"""Counts per filter value, computed in the database: for each facet, how many practices
each value would give with the query and the *other* facets applied (so a value
already chosen in a facet does not hide its siblings). One query per facet, whatever
the number of values: no search backend's bucket limit applies."""

from dataclasses import dataclass, field

from django.db.models import Count, Q


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    options: list = field(default_factory=list)

    @property
    def visible_options(self):
        """Values that give results, plus any the visitor chose (so it can be unticked)."""
        return [option for option in self.options if option.count or option.selected]

    @property
    def selected(self):
        return [option for option in self.options if option.selected]


# The reverse relation from each facet's option model to GoodPracticePage.
RELATED_NAME = "good_practices"


def option_label(option):
    return getattr(option, "short_name", None) or getattr(option, "title", None) or str(option)


def count_facet(name, label, options, practices, selected):
    """Annotate each option with the number of `practices` it is linked to."""
    matching = Q(**{f"{RELATED_NAME}__in": practices.values("pk")})
    counted = options.annotate(practice_count=Count(RELATED_NAME, filter=matching, distinct=True))
    return Facet(
        name=name,
        label=label,
        options=[
            FacetOption(
                value=option.slug,
                label=option_label(option),
                count=option.practice_count,
                selected=option.slug in selected,
            )
            for option in counted
        ],
    )
