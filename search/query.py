"""Turns what people type into a modelsearch query, the same on every backend:
significant words joined by SEARCH_OPERATOR ("and"), each synonym found in the query
replaced by the alternatives of its group (any of them matches)."""

from django.conf import settings
from modelsearch.query import And, Or, Phrase, PlainText

from search.analysis import stem, tokens


def operator():
    return getattr(settings, "SEARCH_OPERATOR", "and")


def segments(text, table):
    """The query split into parts, in order: a list of synonym terms where a group's
    term was found (longest first), otherwise a single word in a one-item tuple."""
    words = tokens(text)
    word_stems = [stem(word) for word in words]
    position = 0
    while position < len(words):
        length, terms = table.match(word_stems, position)
        if terms:
            yield list(terms)
            position += length
        else:
            yield (words[position],)
            position += 1


def term_query(term):
    """A one-word term as plain text, a longer one as a phrase."""
    if len(tokens(term)) > 1:
        return Phrase(term)
    return PlainText(term, operator=operator())


def build_query(text, table):
    """The query for `text`, or None when it holds no significant word."""
    parts = []
    for segment in segments(text, table):
        if isinstance(segment, tuple):
            parts.append(term_query(segment[0]))
        else:
            parts.append(Or([term_query(term) for term in segment]))
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return And(parts) if operator() == "and" else Or(parts)


def query_stems(text, table):
    """Every stem a result may contain for `text`, synonyms included (for highlighting)."""
    return {stem(word) for segment in segments(text, table) for term in segment for word in tokens(term)}
