"""Counts per filter value, computed in the database: for each facet, how many practices
each value would give with the query and the *other* facets applied (so a value
already chosen in a facet does not hide its siblings). One grouped query per facet
(home.listing.grouped), whatever the number of values: no search backend's bucket limit
applies."""

from dataclasses import dataclass, field

from goodpractices.models import GoodPracticePage
from home.listing import grouped


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


def count_facet(row, choices, practices, selected):
    """The facet of the table's `row`: each of its `choices` with the number of `practices`
    (a queryset) it is linked to."""
    counts = grouped(GoodPracticePage, row, practices.values("pk"))
    return facet_with_counts(row, choices, counts, selected)


def facet_with_counts(row, choices, counts, selected):
    """The facet of the table's `row`: each of its `choices` with its count in `counts`
    ({value: count})."""
    return Facet(
        name=row.param,
        label=row.label,
        options=[
            FacetOption(value=value, label=label, count=counts.get(value, 0), selected=value in selected)
            for value, label in choices
        ],
    )
