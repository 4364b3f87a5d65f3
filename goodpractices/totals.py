"""Totals of the results over a set of practices, summed in the database from the
structured indicators (never typed by editors)."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Case, Count, IntegerField, Max, Sum, Value, When

from goodpractices.models import Measure, Qualifier, ResultIndicator


@dataclass
class Total:
    measure: str
    label: str
    value: Decimal
    practices: int
    is_minimum: bool  # at least one summand is «oltre N»: the total is a minimum too


def indicator_totals(practices):
    """One Total per measure present in `practices` (a queryset), in the order of Measure."""
    rows = (
        ResultIndicator.objects.filter(page__in=practices.values("pk"), unit="")
        .exclude(measure="")
        .values("measure")
        .annotate(
            total=Sum("value"),
            practices=Count("page", distinct=True),
            minimum=Max(
                Case(
                    When(qualifier=Qualifier.MORE_THAN, then=Value(1)),
                    default=Value(0),
                    output_field=IntegerField(),
                )
            ),
        )
    )
    by_measure = {row["measure"]: row for row in rows}
    return [
        Total(
            measure=measure.value,
            label=measure.label,
            value=by_measure[measure.value]["total"],
            practices=by_measure[measure.value]["practices"],
            is_minimum=bool(by_measure[measure.value]["minimum"]),
        )
        for measure in Measure
        if measure.value in by_measure
    ]
