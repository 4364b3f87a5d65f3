"""PostgreSQL: a relevance score that can match and rank on the search index alone.

The catalogue lists from its facet index and needs from the search backend only the keys a
text query matches, then the listed keys in relevance order (search.ranking_scope). Through
the searched queryset both join the page tables to the index entries for every match, which
costs about as much as the match itself (figures in bench/RESULTS-history.md).
`RankWithEntries` is the queryset's score, compiled as modelsearch's rank, that also offers
the same match and rank on the index entries alone."""

from django.db.models import ExpressionWrapper, F, FloatField, IntegerField, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from modelsearch.backends.database.postgres.postgres import IndexEntry
from modelsearch.utils import get_descendants_content_types_pks

from search.ranking_scope import OwnScore

ENTRY_PREFIX = "index_entries__"


class RankWithEntries(OwnScore, ExpressionWrapper):
    """`rank` (the score of each row of the searched queryset), with `entries`: the matching
    index entries of the queryset's model, annotated `oid` (the object's key) and `score`."""

    def __init__(self, rank, entries):
        super().__init__(rank, output_field=FloatField())
        self.entries = entries

    def matching(self):
        return self.entries.values_list("oid", flat=True)

    def ranked(self, keys):
        """The keys of `keys` (integers) that match, best first (ties: key descending, as the
        queryset). The entries are found by their object id (the index on content type and
        object id: a page of listed keys is found without matching every entry), the keys
        passed as one comma-separated text parameter (psycopg adapts a list string by string)."""
        object_ids = RawSQL("SELECT unnest(string_to_array(%s, ','))", [",".join(map(str, keys))])  # noqa: S611 (fixed SQL)
        return (
            self.entries.filter(object_id__in=object_ids)
            .order_by(F("score").desc(), F("oid").desc())
            .values_list("oid", flat=True)
        )


def on_entries(expression):
    """A vector or weight given on the searched model (`index_entries__title`) as the same on
    IndexEntry (`title`); other values unchanged."""
    if isinstance(expression, F) and expression.name.startswith(ENTRY_PREFIX):
        return F(expression.name.removeprefix(ENTRY_PREFIX))
    return expression


def fieldwise_match(search_query, vectors):
    """(annotations, Q): each vector, then all of them joined, matching `search_query`
    (search.backends.postgres_match: PostgreSQL evaluates OR from the left)."""
    fields = {f"_vector_{position}_": vector for position, (vector, _boost) in enumerate(vectors)}
    joined = vectors[0][0]
    for vector, _boost in vectors[1:]:
        joined = joined._combine(vector, "||", False)
    match = Q(_vector_=search_query)
    for name in reversed(fields):
        match = Q(**{name: search_query}) | match
    return {**fields, "_vector_": joined}, match


def entries_ranking(compiler, search_query, vectors, config):
    """The index entries of the compiler's model matching `search_query`, with `oid` and
    `score` (the compiler's rank, computed on the entries)."""
    entry_vectors = [(on_entries(vector), on_entries(boost)) for vector, boost in vectors]
    annotations, match = fieldwise_match(search_query, entry_vectors)
    return (
        IndexEntry.objects.filter(content_type_id__in=get_descendants_content_types_pks(compiler.queryset.model))
        .annotate(**annotations)
        .filter(match)
        .annotate(oid=Cast("object_id", IntegerField()), score=compiler._build_rank_expression(entry_vectors, config))
    )
