"""Turns what people type into a modelsearch query, the same on every backend:
significant words joined by SEARCH_OPERATOR ("and"), each synonym found in the query
replaced by the alternatives of its group (any of them matches)."""

import re

from django.conf import settings
from modelsearch.query import And, Or, Phrase, PlainText

from search.analysis import fold, stem, tokens

# "X/1081", "3/2008": PostgreSQL's parser keeps such a chunk as one token, the other
# backends split it; a phrase of the whole chunk matches it on every backend.
SLASHED_RE = re.compile(r"\w[\w.]*(?:/[\w.]*\w)+")


def query_words(text):
    """The significant words of a query, folded; slashed chunks stay whole."""
    words = []
    for chunk in text.split():
        match = SLASHED_RE.search(chunk)
        if match and tokens(match.group()):
            words.extend(tokens(chunk[: match.start()]))
            words.append(fold(match.group()))
            words.extend(tokens(chunk[match.end() :]))
        else:
            words.extend(tokens(chunk))
    return words


def operator():
    return getattr(settings, "SEARCH_OPERATOR", "and")


def segments(text, table):
    """The query split into parts, in order: a list of synonym terms where a group's
    term was found (longest first), otherwise a single word in a one-item tuple."""
    words = query_words(text)
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
    """A one-word term as plain text, a longer one (or a slashed chunk) as a phrase."""
    if len(tokens(term)) > 1 or "/" in term:
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


def search(queryset, text):
    """Searches `queryset` (pages or any indexed model) for what people typed, with
    synonyms and the site's operator: the helper other apps (the catalogue) use.
    Wrap the calling view in search.availability.search_guard."""
    from search.synonyms import synonym_table

    query = build_query(text, synonym_table())
    if query is None:
        return queryset.none()
    return queryset.search(query, order_by_relevance=True)
