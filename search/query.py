"""Turns what people type into a modelsearch query, the same on every backend: each
thesaurus term found in the query replaced by the alternatives it stands for (any of them
matches), the parts joined so that pages holding every part come first and pages holding
most of them follow (`MostParts`); `any_part_query` is the fallback when none holds most.
SEARCH_OPERATOR "or" joins the parts with Or alone."""

import math
import re
from itertools import combinations

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


def typed_segments(text, table):
    """(the words typed, the segment) for each part of the query, in order: the segment is a
    list of thesaurus terms where an entry's term was found (longest first), otherwise the
    single word in a one-item tuple."""
    words = query_words(text)
    word_stems = [stem(word) for word in words]
    position = 0
    while position < len(words):
        length, terms = table.match(word_stems, position)
        if terms:
            yield " ".join(words[position : position + length]), list(terms)
            position += length
        else:
            yield words[position], (words[position],)
            position += 1


def segments(text, table):
    """The query split into parts (see typed_segments)."""
    return (segment for _typed, segment in typed_segments(text, table))


def term_query(term):
    """A one-word term as plain text, a longer one (or a slashed chunk) as a phrase."""
    if len(tokens(term)) > 1 or "/" in term:
        return Phrase(term)
    return PlainText(term, operator=operator())


# Beyond this many parts, the later ones count in the full match only (the combinations of
# "most of them" grow fast: 28 for 6 of 8).
MAX_COUNTED_PARTS = 8


class MostParts(Or):
    """At least `minimum` of `parts` (an Or of the And of each combination), with `full`,
    the And of them all: backends that know it rank full matches first (search.backends),
    others rank by their own score, which grows with the parts a page holds."""

    def __init__(self, parts, minimum):
        self.parts = parts
        self.minimum = minimum
        self.full = And(parts)
        counted = parts[:MAX_COUNTED_PARTS]
        super().__init__([And(list(combination)) for combination in combinations(counted, minimum)])


def most_of(count):
    """How many of `count` parts a partial match must hold: 2 of 3, 3 of 4, 4 of 5, 4 of 6."""
    return min(count, max(1, math.ceil(2 * min(count, MAX_COUNTED_PARTS) / 3)))


def segment_query(segment):
    """One part of the query: a word, or any term of a thesaurus entry."""
    if isinstance(segment, tuple):
        return term_query(segment[0])
    return Or([term_query(term) for term in segment])


def query_parts(text, table):
    return [segment_query(segment) for segment in segments(text, table)]


def build_query(text, table):
    """The query for `text`, or None when it holds no significant word."""
    parts = query_parts(text, table)
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    if operator() != "and":
        return Or(parts)
    minimum = most_of(len(parts))
    return And(parts) if minimum == len(parts) else MostParts(parts, minimum)


def any_part_query(text, table):
    """Pages holding any part of `text`: what a query of several parts falls back to when no
    page holds most of them. None when there is no such fallback (one part, or none)."""
    parts = query_parts(text, table)
    return Or(parts) if len(parts) > 1 else None


def query_stems(text, table):
    """Every stem a result may contain for `text`, synonyms included (for highlighting)."""
    return {stem(word) for segment in segments(text, table) for term in segment for word in tokens(term)}
