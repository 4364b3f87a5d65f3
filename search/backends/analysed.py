"""What the database backends share: they store and query the analysed words of
search.analysis (light Italian stems), not the raw text, so SQLite and PostgreSQL find
exactly the same words (PostgreSQL has no light Italian stemmer of its own).

`analysed_query` turns the words of a plain-text or phrase query into stems;
`analysed_object` presents an object to modelsearch's PostgreSQL indexer with the values
of its search fields analysed (autocomplete fields keep the raw words: they match
prefixes of what people type)."""

import copy
from functools import lru_cache

from django.core.exceptions import FieldDoesNotExist
from modelsearch.index import RelatedFields, SearchField
from modelsearch.query import Phrase, PlainText

from search.analysis import analyse, flatten

# A term that is never indexed: a query made only of stop words matches nothing.
NOTHING = "_"
ANALYSED_TEXTS = 8192  # distinct texts whose analysis is kept (a few megabytes at most)


def analysed_query(query):
    """The query with its words replaced by their stems (other queries unchanged)."""
    if not isinstance(query, (PlainText, Phrase)):
        return query
    text = analyse(query.query_string) or NOTHING
    if isinstance(query, Phrase):
        return Phrase(text)
    return PlainText(text, operator=query.operator)


@lru_cache(maxsize=ANALYSED_TEXTS)
def analysed_text(text):
    return analyse(text)


@lru_cache(maxsize=ANALYSED_TEXTS)
def analysed_content(model_field, raw):
    """The analysed searchable content of a model field's stored text (rich text parsed once)."""
    return analysed_text(flatten(model_field.get_searchable_content(raw)))


class AnalysedField(SearchField):
    """A search field whose value is the analysed text of the original field's value. Many
    objects share texts (a network's services, the demo's sheets): each distinct text is parsed
    and analysed once."""

    def __init__(self, field):
        super().__init__(field.field_name, boost=field.boost, **field.kwargs)
        self.original = field

    def get_value(self, obj):
        try:
            model_field = self.original.get_field(type(obj))
        except FieldDoesNotExist:
            model_field = None
        if hasattr(model_field, "get_searchable_content"):
            raw = model_field.value_from_object(obj)
            if isinstance(raw, str):
                return analysed_content(model_field, raw)
        return analysed_text(flatten(self.original.get_value(obj)))


def analysed_field(field):
    if isinstance(field, RelatedFields):
        return RelatedFields(field.field_name, [analysed_field(sub_field) for sub_field in field.fields])
    if isinstance(field, SearchField):
        return AnalysedField(field)
    return field


def analysed_object(obj):
    """A copy of `obj` whose search fields give analysed values (the indexer asks the object
    for its fields)."""
    fields = [analysed_field(field) for field in obj.get_search_fields()]
    clone = copy.copy(obj)
    clone.get_search_fields = lambda: fields
    return clone
