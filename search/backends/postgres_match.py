"""PostgreSQL: the text match tried on each field before the two fields joined.

modelsearch matches a search index entry with ``(title || body) @@ query``: joining two
tsvectors copies both and renumbers the body's positions, for every entry the planner
reads. A word that nearly every entry holds ("servizio") makes PostgreSQL read them all,
and the join is then most of the match's cost (figures in bench/RESULTS-history.md).

For a query without negation, ``title @@ q OR body @@ q OR (title || body) @@ q`` keeps
the same rows: an entry whose title (or body) alone matches also matches the joined
vector, since joining keeps every lexeme and weight and shifts the body's positions all
by one offset (phrases stay phrases). Evaluated left to right, the join is built only for
the entries neither field matches alone (the words split across title and body), and a
selective query can still combine the GIN indexes of title, body and ``title || body``.
With a negated term (``!word``) a field can match alone where the joined vector does not,
so such queries keep modelsearch's condition, as do fuzzy, match-all and field-restricted
searches."""

from modelsearch.query import And, Fuzzy, MatchAll, Not, Or

from search.backends.postgres_ranking import RankWithEntries, entries_ranking, fieldwise_match
from search.ranking_scope import has_integer_pk


def negates(query):
    """True if `query` holds a negation anywhere (Not, or an And/Or around one)."""
    if isinstance(query, Not):
        return True
    if isinstance(query, (And, Or)):
        return any(negates(subquery) for subquery in query.subqueries)
    return negates(query.subquery) if hasattr(query, "subquery") else False


class FieldwiseMatchMixin:
    """For PostgresSearchQueryCompiler: modelsearch's `search`, with the match condition
    above when it keeps the same rows."""

    def fieldwise(self):
        return self.fields is None and not isinstance(self.query, (MatchAll, Fuzzy)) and not negates(self.query)

    def search(self, config, start, stop, score_field=None, backend=None):
        if not self.fieldwise():
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        vectors = self.get_search_vectors(search_query)
        # Annotations, not filters on the relation: a filter would join the index entries again.
        annotations, match = fieldwise_match(search_query, vectors)
        queryset = self.queryset.annotate(**annotations).filter(match)
        rank = self._build_rank_expression(vectors, config)
        if not self.order_by_relevance or not has_integer_pk(self.queryset.model):
            return self._apply_ordering_and_scoring(queryset, rank, start, stop, score_field)
        # Ordered by a score that can also match and rank on the index alone (search.ranking_scope).
        score_field = score_field or "_score"
        score = RankWithEntries(rank, entries_ranking(self, search_query, vectors, config))
        return queryset.annotate(**{score_field: score}).order_by(f"-{score_field}", "-pk")[start:stop]
