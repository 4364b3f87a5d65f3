"""Full-text matching and relevance ranking on SQLite in one evaluation of the FTS query.

modelsearch filters on `pk IN (FTS query)` and ranks with a correlated subquery that
repeats the FTS query for every candidate row; SQLite's planner also starts that query
from the index entries' content-type index and probes the FTS table once per entry. Both
make a query matching most services quadratic in the number of matches. Here the
FTS query is written so that the planner starts from the MATCH (the content-type test is
not indexable, `content_type_id + 0`), and the score of each row is looked up in that
same ranking, which SQLite evaluates once per statement (a co-routine with an automatic
index), so the cost grows with the matches, not with their square."""

import json

from django.db.models import Case, Expression, F, FloatField, IntegerField, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

from search.query import query_tiers
from search.ranking_scope import OwnScore, has_integer_pk

# Added to the bm25() of a match once per ranking tier it misses (search.query.ranking_tiers):
# more than any bm25() difference.
TIER_PENALTY = 1e6


class ScoreInRanking(OwnScore, Expression):
    """The score of the row whose primary key is `key` in a ranking (a queryset of values
    `oid` and `score`); NULL when the row is not in it."""

    def __init__(self, ranking, key):
        super().__init__(output_field=FloatField())
        self.ranking = ranking
        self.key = key

    def get_source_expressions(self):
        return [self.key]

    def set_source_expressions(self, exprs):
        (self.key,) = exprs

    def matching(self):
        """The keys of every row the ranking holds (the text query's matches), without scores."""
        return self.ranking.values_list("oid", flat=True)

    def ranked(self, keys):
        """The keys of `keys` (integers) that the ranking holds, best first (bm25(): lower is
        better; ties by key descending, as SinglePassRanking orders): bm25() runs for those
        rows only. The keys are one JSON parameter (a statement's parameters are limited)."""
        listed = RawSQL("SELECT value FROM json_each(%s)", [json.dumps(list(keys))])  # noqa: S611 (fixed SQL)
        return self.ranking.filter(oid__in=listed).order_by("score", "-oid").values_list("oid", flat=True)

    def as_sql(self, compiler, connection):
        key_sql, key_params = compiler.compile(self.key)
        ranking_sql, ranking_params = self.ranking.query.sql_with_params()
        # LIMIT -1 keeps SQLite from flattening the ranking into the correlated lookup. Both
        # pieces of SQL were compiled by Django, their values are parameters.
        sql = f"(SELECT ranking.score FROM ({ranking_sql} LIMIT -1) AS ranking WHERE ranking.oid = {key_sql})"  # noqa: S608
        return sql, [*ranking_params, *key_params]


class SinglePassRanking:
    """Mixin for modelsearch's SQLite query compilers (search and autocomplete)."""

    def ranking(self, match_expression, rank_expression):
        """A queryset of the values (oid, score) of every indexed object of the queryset's
        model (and its subclasses) that matches."""
        content_types = get_descendants_content_types_pks(self.queryset.model)
        ranking = (
            SQLiteFTSIndexEntry.objects.filter(match_expression)
            .alias(unindexed_content_type=F("index_entry__content_type_id") + 0)
            .filter(unindexed_content_type__in=content_types)
            .annotate(oid=Cast("index_entry__object_id", IntegerField()), score=rank_expression)
            .values_list("oid", "score")
        )
        return ranking

    def search(self, config, start, stop, score_field=None):
        query = normalize(self.query)
        trivial = isinstance(query, MatchAll) or (isinstance(query, Not) and isinstance(query.subquery, MatchAll))
        if trivial or not has_integer_pk(self.queryset.model):
            return super().search(config, start, stop, score_field=score_field)
        negated = isinstance(query, Not)
        if negated:
            query = query.subquery
        match_expression = MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config=config)
        )
        rank_expression = self._build_rank_expression(self.get_search_vectors(), config)
        tiers = query_tiers(self.query)
        if tiers:
            rank_expression = rank_expression + self.tier_penalty(tiers, config)
        ranking = self.ranking(match_expression, rank_expression)
        sql, params = ranking.query.sql_with_params()
        matches = RawSQL(f"SELECT matches.oid FROM ({sql}) AS matches", params)  # noqa: S608, S611 (compiled by Django)
        if negated:
            return self.ordered(self.queryset.exclude(pk__in=matches))[start:stop]
        queryset = self.queryset.filter(pk__in=matches)
        if self.order_by_relevance and score_field is None:
            score_field = "_score"
        if score_field is not None:
            queryset = queryset.annotate(**{score_field: ScoreInRanking(ranking, F("pk"))})
            if self.order_by_relevance:
                queryset = queryset.order_by(score_field, "-pk")  # bm25(): lower is better
        return self.ordered(queryset)[start:stop]

    def tier_penalty(self, tiers, config):
        """TIER_PENALTY times the position of the first of `tiers` (search.query.ranking_tiers)
        an entry matches, or times their number when it matches none, so that each tier ranks
        before the next (bm25() is negative, lower is better). FTS5 evaluates each tier's match
        once per statement."""
        fields = self.fields or self.FTS_TABLE_FIELDS
        levels = [
            When(
                index_entry_id__in=SQLiteFTSIndexEntry.objects.filter(
                    MatchExpression(fields, self.build_search_query(tier, config=config))
                ).values("index_entry_id"),
                then=Value(position * TIER_PENALTY),
            )
            for position, tier in enumerate(tiers)
        ]
        return Case(*levels, default=Value(len(tiers) * TIER_PENALTY), output_field=FloatField())

    def ordered(self, queryset):
        """A stable order across pages when relevance does not give one (as modelsearch does)."""
        if not self.order_by_relevance and not queryset.query.order_by:
            return queryset.order_by("-pk")
        return queryset
