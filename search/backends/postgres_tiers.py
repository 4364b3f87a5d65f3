"""PostgreSQL: pages holding every part of a query rank before pages holding most of them
(search.query.MostParts). The rank of a partial query gets FULL_MATCH_BONUS where the
entry's joined vector matches the query of all the parts: more than any ts_rank sum."""

from django.db.models import BooleanField, Case, FloatField, Func, Value, When

FULL_MATCH_BONUS = 1e6


class Matches(Func):
    """`vector @@ query` as a boolean expression."""

    arg_joiner = " @@ "
    template = "(%(expressions)s)"
    output_field = BooleanField()


class TieredRankMixin:
    """For PostgresSearchQueryCompiler: modelsearch's rank, plus the bonus of full matches."""

    def _build_rank_expression(self, vectors, config):
        rank = super()._build_rank_expression(vectors, config)
        full = getattr(self.query, "full", None)
        if full is None:
            return rank
        joined = vectors[0][0]
        for vector, _boost in vectors[1:]:
            joined = joined._combine(vector, "||", False)
        holds_all = Matches(joined, self.build_tsquery(full, config=config))
        bonus = Case(When(holds_all, then=Value(FULL_MATCH_BONUS)), default=Value(0.0), output_field=FloatField())
        return rank + bonus
