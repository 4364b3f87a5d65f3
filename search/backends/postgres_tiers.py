"""PostgreSQL: matches rank by the query's tiers (search.query.ranking_tiers): pages holding
the words typed before those found through broader terms, pages holding every part before
those holding most of them. The rank gets TIER_BONUS for each tier below the first one the
entry's joined vector matches: more than any ts_rank sum."""

from django.db.models import BooleanField, Case, FloatField, Func, Value, When

from search.query import query_tiers

TIER_BONUS = 1e6


class Matches(Func):
    """`vector @@ query` as a boolean expression."""

    arg_joiner = " @@ "
    template = "(%(expressions)s)"
    output_field = BooleanField()


class TieredRankMixin:
    """For PostgresSearchQueryCompiler: modelsearch's rank, plus the bonus of the tier matched."""

    def _build_rank_expression(self, vectors, config):
        rank = super()._build_rank_expression(vectors, config)
        tiers = query_tiers(self.query)
        if not tiers:
            return rank
        joined = vectors[0][0]
        for vector, _boost in vectors[1:]:
            joined = joined._combine(vector, "||", False)
        levels = [
            When(Matches(joined, self.build_tsquery(tier, config=config)), then=Value(bonus * TIER_BONUS))
            for bonus, tier in zip(range(len(tiers), 0, -1), tiers, strict=True)
        ]
        return rank + Case(*levels, default=Value(0.0), output_field=FloatField())
