"""modelsearch's PostgreSQL indexing, writing the same index entries with less work per object.

Profiling the demo generator showed the index taking most of its time, in two places:

- modelsearch's ObjectIndexer reads every search field of an object five times (once for each
  of title, body, autocomplete and their two plain-text copies), each time parsing rich text and
  analysing it again: here each field is read once per object, and the analysed text is
  memoised per distinct text (search.backends.analysed);
- each of the three vectors of each object is a Django expression resolved and compiled to SQL:
  here one is compiled per shape (its weights, in order) and its SQL reused with the object's
  texts as parameters.

The INSERT is modelsearch's own (PostgresIndex.add_items), with the same ON CONFLICT and the
same title norms refreshed afterwards; a test compares the entries with modelsearch's."""

from django.db.models.sql import InsertQuery
from modelsearch.backends.database.postgres.postgres import IndexEntry, ObjectIndexer, PostgresIndex
from modelsearch.utils import get_content_type_pk

MARKER = "\x00text {}\x00"  # stands for an object's text while a vector shape is compiled
VECTORS = ("title", "autocomplete", "body")


class Texts:
    """A vector to be: its texts with their weights (what ObjectIndexer.as_vector receives)."""

    def __init__(self, texts, for_autocomplete):
        self.texts = [(text.strip(), weight) for text, weight in texts]
        self.texts = [(text, weight) for text, weight in self.texts if text]
        self.for_autocomplete = for_autocomplete

    @property
    def shape(self):
        return (self.for_autocomplete, tuple(weight for _text, weight in self.texts))


class MemoisedIndexer(ObjectIndexer):
    """ObjectIndexer reading each of the object's own fields once; vectors left as Texts."""

    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        self.prepared = {}

    def prepare_field(self, obj, field):
        if obj is not self.obj:  # a related object, read while its relation's field is prepared
            return super().prepare_field(obj, field)
        if id(field) not in self.prepared:
            self.prepared[id(field)] = list(super().prepare_field(obj, field))
        return self.prepared[id(field)]

    def as_vector(self, texts, for_autocomplete=False):
        return Texts(texts, for_autocomplete)

    def compiled_vector(self, texts, for_autocomplete):
        """The real expression, as modelsearch builds it."""
        return ObjectIndexer.as_vector(self, texts, for_autocomplete=for_autocomplete)


class VectorCompiler:
    """The SQL of a vector per shape, compiled once; each object's texts go in as parameters."""

    def __init__(self, connection):
        self.connection = connection
        self.compiler = InsertQuery(IndexEntry).get_compiler(connection=connection)
        self.shapes = {}

    def as_sql(self, indexer, column, vector):
        key = (column, indexer.config, indexer.autocomplete_config, vector.shape)
        if key not in self.shapes:
            self.shapes[key] = self.compile(indexer, column, vector)
        sql, template = self.shapes[key]
        texts = [text for text, _weight in vector.texts]
        return sql, [texts[slot] if slot is not None else value for slot, value in template]

    def compile(self, indexer, column, vector):
        markers = [(MARKER.format(number), weight) for number, (_text, weight) in enumerate(vector.texts)]
        expression = indexer.compiled_vector(markers, vector.for_autocomplete)
        value = self.compiler.prepare_value(IndexEntry._meta.get_field(column), expression)
        sql, params = value.as_sql(self.compiler, self.connection)
        slots = {marker: number for number, (marker, _weight) in enumerate(markers)}
        return sql, [(slots.get(param), param) for param in params]


class MemoisedPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        indexers = [MemoisedIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        vectors = VectorCompiler(self.write_connection)
        rows, params = [], []
        for indexer in indexers:
            params.extend((content_type_pk, indexer.id))
            columns = []
            for column in VECTORS:
                sql, values = vectors.as_sql(indexer, column, getattr(indexer, column))
                columns.append(sql)
                params.extend(values)
            params.extend((indexer.title_text, indexer.body_text))
            rows.append(f"(%s, %s, {columns[0]}, {columns[1]}, {columns[2]}, 1.0, %s, %s)")
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {IndexEntry._meta.db_table}
                    (content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text)
                (VALUES {", ".join(rows)})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title,
                              title_norm = 1.0,
                              autocomplete = EXCLUDED.autocomplete,
                              body = EXCLUDED.body,
                              title_text = EXCLUDED.title_text,
                              body_text = EXCLUDED.body_text
                """,
                params,
            )
        self._refresh_title_norms()
