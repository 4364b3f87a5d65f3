"""Turns what people type into a modelsearch query, the same on every backend: each
thesaurus term found in the query replaced by the alternatives it stands for (any of them
matches; broader terms in a `Tiered` part), the parts joined so that pages holding every
part come first and pages holding most of them follow (`MostParts`); `any_part_query` is
the fallback when none holds most. The query carries its ranking tiers (`ranking_tiers`):
pages holding the words typed before those found through broader terms. SEARCH_OPERATOR
"or" joins the parts with Or alone."""

import math
import re
from dataclasses import dataclass
from itertools import combinations

from django.conf import settings
from modelsearch.query import And, Or, Phrase, PlainText

from search.analysis import fold, stem, tokens

# "X/1081", "3/2008": PostgreSQL's parser keeps such a chunk as one token, the other
# backends split it; a phrase of the whole chunk matches it on every backend.
SLASHED_RE = re.compile(r"\w[\w.]*(?:/[\w.]*\w)+")


def add_new(terms, more):
    """`terms` followed by those of `more` it lacks (compared folded)."""
    known = {term.lower() for term in terms}
    return terms + [term for term in more if term.lower() not in known]


@dataclass(frozen=True)
class Expansion:
    """What a term found in a query stands for: `exact`, the terms as good as the one typed
    (its equivalents), and `broader`, those it leads to one way, ranked after (search.query)."""

    exact: tuple
    broader: tuple = ()

    @property
    def terms(self):
        return self.exact + self.broader

    def joined(self, entry):
        """This expansion with `entry`'s terms added: a term of several entries stands for all;
        a term equivalent in one entry is never only broader."""
        exact = add_new(list(self.exact), entry.terms)
        known = {term.lower() for term in exact}
        broader = [term for term in add_new(list(self.broader), entry.broader) if term.lower() not in known]
        return Expansion(tuple(exact), tuple(broader))


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
    """(the words typed, the Expansion they stand for) for each part of the query, in order:
    the thesaurus entry's terms where one was found (longest first), otherwise the single
    word typed."""
    words = query_words(text)
    word_stems = [stem(word) for word in words]
    position = 0
    while position < len(words):
        length, expansion = table.match(word_stems, position)
        if expansion:
            yield " ".join(words[position : position + length]), expansion
            position += length
        else:
            yield words[position], Expansion((words[position],))
            position += 1


def segments(text, table):
    """The query split into parts (see typed_segments)."""
    return (segment for _typed, segment in typed_segments(text, table))


def term_query(term):
    """A one-word term as plain text, a longer one (or a slashed chunk) as a phrase."""
    if len(tokens(term)) > 1 or "/" in term:
        return Phrase(term)
    return PlainText(term, operator=operator())


def any_term_query(terms):
    return term_query(terms[0]) if len(terms) == 1 else Or([term_query(term) for term in terms])


# Beyond this many parts, the later ones count in the full match only (the combinations of
# "most of them" grow fast: 28 for 6 of 8).
MAX_COUNTED_PARTS = 8


class Tiered(Or):
    """One part of a query whose thesaurus entry leads to broader terms: any of `exact` (the
    word typed, its equivalents) or of `broader`. Pages holding `exact` rank first: on the
    databases through the query's tiers (`ranking_tiers`), on Elasticsearch by boost."""

    def __init__(self, exact, broader):
        self.exact = exact
        self.broader = broader
        super().__init__([exact, broader])


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
    """One part of the query: a word, or any term of a thesaurus entry (Tiered when the entry
    leads to broader terms)."""
    exact = any_term_query(segment.exact)
    if not segment.broader:
        return exact
    return Tiered(exact, any_term_query(segment.broader))


def query_parts(text, table):
    return [segment_query(segment) for segment in segments(text, table)]


def exact_only(query):
    """`query` with each Tiered part reduced to its exact terms; `query` itself when it holds none."""
    if isinstance(query, Tiered):
        return query.exact
    if isinstance(query, MostParts):
        parts = [exact_only(part) for part in query.parts]
        changed = any(new is not old for new, old in zip(parts, query.parts, strict=True))
        return MostParts(parts, query.minimum) if changed else query
    if isinstance(query, (And, Or)):
        subqueries = [exact_only(subquery) for subquery in query.subqueries]
        changed = any(new is not old for new, old in zip(subqueries, query.subqueries, strict=True))
        return type(query)(subqueries) if changed else query
    return query


def ranking_tiers(query):
    """The queries that rank the matches of `query`, best first: a page ranks in the first tier
    it matches, after every page of the tiers before, and pages matching none come last. Pages
    holding every part in the words typed (or their equivalents), then every part through
    broader terms, then most parts in the words typed; then the other matches."""
    full = query.full if isinstance(query, MostParts) else query
    exact_full = exact_only(full)
    exact = exact_full if full is query else exact_only(query)
    tiers = []
    for tier in (exact_full, full, exact):
        if tier is not query and all(tier is not kept for kept in tiers):
            tiers.append(tier)
    return tuple(tiers)


def with_tiers(query):
    """`query` carrying its ranking tiers (read by the backends, search.backends)."""
    if query is not None:
        query.tiers = ranking_tiers(query)
    return query


def build_query(text, table):
    """The query for `text`, or None when it holds no significant word."""
    parts = query_parts(text, table)
    if not parts:
        return None
    if len(parts) == 1:
        return with_tiers(parts[0])
    if operator() != "and":
        return with_tiers(Or(parts))
    minimum = most_of(len(parts))
    return with_tiers(And(parts) if minimum == len(parts) else MostParts(parts, minimum))


def any_part_query(text, table):
    """Pages holding any part of `text`: what a query of several parts falls back to when no
    page holds most of them. None when there is no such fallback (one part, or none)."""
    return any_part_of(query_parts(text, table))


def any_part_of(parts):
    return with_tiers(Or(parts)) if len(parts) > 1 else None


def query_tiers(query):
    """The ranking tiers a query carries (none for queries not built here)."""
    return getattr(query, "tiers", ())


def query_stems(text, table):
    """Every stem a result may contain for `text`, synonyms included (for highlighting)."""
    return {stem(word) for segment in segments(text, table) for term in segment.terms for word in tokens(term)}
