"""Counts per filter value, computed in the database: for each facet, how many practices
each value would give with the query and the *other* facets applied (so a value
already chosen in a facet does not hide its siblings). One grouped query per facet,
whatever the number of values: no search backend's bucket limit applies."""

from dataclasses import dataclass, field

from goodpractices.models import GoodPracticePage
from search.facets import grouped_counts


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


# How to count each facet's values: (model holding the link, its practice column, the value
# column). Counted with grouped_counts: one grouped query on the link table.
COUNTED_BY = {
    "rete": (lambda: GoodPracticePage, "pk", "network__slug"),
    "obiettivo": (lambda: GoodPracticePage.objectives.through, "goodpracticepage_id", "objective__slug"),
    "tipo": (lambda: GoodPracticePage.kinds.through, "goodpracticepage_id", "interventionkind__slug"),
    "beneficiari": (lambda: GoodPracticePage.beneficiaries.through, "goodpracticepage_id", "beneficiary__slug"),
    "periodo": (lambda: GoodPracticePage, "pk", "period__slug"),
}


def option_label(option):
    return getattr(option, "short_name", None) or getattr(option, "title", None) or str(option)


def count_facet(name, label, options, practices, selected):
    """The facet's values, each with the number of `practices` (a queryset) it is linked to."""
    model, practice_column, value_column = COUNTED_BY[name]
    counts = grouped_counts(model(), practice_column, value_column, practices.values("pk"))
    return facet_with_counts(name, label, options, counts, selected)


def facet_with_counts(name, label, options, counts, selected):
    """The facet's values (`options`), each with its count in `counts` ({slug: count})."""
    return Facet(
        name=name,
        label=label,
        options=[
            FacetOption(
                value=option.slug,
                label=option_label(option),
                count=counts.get(option.slug, 0),
                selected=option.slug in selected,
            )
            for option in options
        ],
    )
