"""SQLite FTS5 with Italian analysis.

FTS5 folds case and accents but does no stemming. This backend indexes the light
Italian stems of titles and bodies (search.analysis) and analyses every plain-text
and phrase query the same way, so "bambini" finds "bambino". Autocomplete keeps the
raw words: it matches prefixes of what people type.

Both compilers rank in a single pass (search.backends.sqlite_ranking): modelsearch's
own ranking runs the full-text query once per candidate row, which is quadratic in the
number of matches."""

from functools import cached_property

from modelsearch.backends.database.sqlite.query import BM25
from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    ObjectIndexer,
    SQLiteAutocompleteQueryCompiler,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import get_content_type_pk

from search.analysis import analyse
from search.backends.analysed import analysed_query
from search.backends.sqlite_ranking import SinglePassRanking

# bm25() weights of the FTS5 columns, in the table's order (autocomplete, body, title):
# a word in the title counts as much as five in the body, as Page's title boost intends.
COLUMN_WEIGHTS = (0.0, 1.0, 5.0)


class ItalianObjectIndexer(ObjectIndexer):
    @cached_property
    def title(self):
        return analyse(super().title)

    @cached_property
    def body(self):
        return analyse(super().body)

    def as_fields(self):
        return {"title": self.title, "body": self.body, "autocomplete": self.autocomplete}


class ItalianSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        rows = {}
        for obj in objs:
            indexer = ItalianObjectIndexer(obj, self.backend)
            rows[indexer.id] = indexer.as_fields()
        if not rows:
            return
        entries = self.entries.filter(content_type_id=get_content_type_pk(model))
        existing = set(entries.filter(object_id__in=rows.keys()).values_list("object_id", flat=True))
        for object_id in existing:
            entries.filter(object_id=object_id).update(**rows[object_id])
        self.entries.bulk_create(
            IndexEntry(content_type_id=get_content_type_pk(model), object_id=object_id, **fields)
            for object_id, fields in rows.items()
            if object_id not in existing
        )
        self._refresh_title_norms()


class WeightedBM25(BM25):
    """FTS5's bm25() with per-column weights (modelsearch weighs every column alike)."""

    def as_sql(self, compiler, connection, function=None, template=None):
        sql, params = super().as_sql(compiler, connection, function, template)
        weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
        return f"{sql[:-1]}, {weights})", params


class ItalianSQLiteSearchQueryCompiler(SinglePassRanking, SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if isinstance(query, (PlainText, Phrase)):
            query = analysed_query(query)
        return super().build_search_query_content(query, config=config)

    def _build_rank_expression(self, vectors, config):
        """FTS5 scores the whole MATCH expression at once: one weighted bm25() (lower is
        better). modelsearch multiplies (1 + bm25) per AND term, which inverts the
        order of negative bm25 scores."""
        return WeightedBM25()


class SinglePassAutocompleteQueryCompiler(SinglePassRanking, SQLiteAutocompleteQueryCompiler):
    pass


class ItalianSQLiteSearchBackend(SQLiteSearchBackend):
    ranks_on_its_own = True  # its searches' score is an OwnScore (search.ranking_scope)
    index_class = ItalianSQLiteIndex
    query_compiler_class = ItalianSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = SinglePassAutocompleteQueryCompiler
