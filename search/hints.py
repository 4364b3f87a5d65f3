"""No dead end: when a search finds few pages or none, what can help. The words of the query
that no page holds, "Forse cercavi …" (the closest words of the indexed vocabulary to those,
by similarity of spelling), and the site's other ways in (the catalogue, the library, the
company guide: the page models named in settings.SEARCH_DESTINATIONS, so that search
imports none of them). /cerca/ calls `hints`; the lists with a text query of their own (the
catalogue, the library) call `list_hints`; both show templates/components/search_hints.html."""

import difflib
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db.models import Q
from wagtail.models import Locale

from search.analysis import fold, words
from search.memo import kept
from search.query import any_term_query, query_words, typed_segments
from search.synonyms import synonym_table
from search.visibility import searchable_pages

FEW_RESULTS = 3
# difflib's similarity ratio a suggestion must reach ("asilo" for "asillo": 0.91).
SIMILARITY = 0.75
MIN_SUGGESTED_LENGTH = 4


@dataclass
class Destination:
    title: str
    url: str


@dataclass
class Hints:
    unmatched: list = field(default_factory=list)
    suggestion: str = ""
    destinations: list = field(default_factory=list)
    text: str = ""  # what was searched, for the link to the whole site's search


def indexed_vocabulary(pages, table):
    """The folded words of the titles and descriptions of `pages` and of the thesaurus terms."""
    rows = pages.order_by().values_list("title", "search_description").distinct()
    found = {word for row in rows for text in row for word in words(text or "")}
    found.update(word for expansion in table.expansions.values() for term in expansion.terms for word in words(term))
    return frozenset(word for word in found if len(word) >= MIN_SUGGESTED_LENGTH and word.isalpha())


def vocabulary(pages, table, locale_key):
    return kept(f"search-vocabulary:{locale_key}", lambda: indexed_vocabulary(pages, table))


def holds_any(pages, terms):
    """Whether a page of `pages` holds one of `terms` (a word or a thesaurus entry's terms)."""
    return bool(pages.search(any_term_query(terms), order_by_relevance=False)[:1])


def unmatched_words(text, page_sets, table):
    """The words of `text` (as typed, after folding) that no page of any of `page_sets` holds,
    nor any of their thesaurus terms."""
    return [
        typed
        for typed, segment in typed_segments(text, table)
        if not any(holds_any(pages, list(segment.terms)) for pages in page_sets)
    ]


def closest(word, known):
    """The known word most like `word` (difflib's ratio), among those of its first letter and
    of a length within two letters: a typo rarely changes the first letter, and comparing a
    few hundred words instead of every word keeps this cheap."""
    word = fold(word)
    candidates = [other for other in known if other[0] == word[0] and abs(len(other) - len(word)) <= 2]
    matches = difflib.get_close_matches(word, candidates, n=1, cutoff=SIMILARITY)
    return matches[0] if matches else None


def suggestion(text, unmatched, known):
    """`text` with each unmatched word replaced by the closest known word; "" when none is."""
    replaced = False
    corrected = []
    missing = {fold(word) for word in unmatched}
    for word in query_words(text):
        better = closest(word, known) if word in missing else None
        replaced = replaced or better is not None
        corrected.append(better or word)
    return " ".join(corrected) if replaced else ""


def destinations(locale):
    """The live pages, in `locale`, of the models of settings.SEARCH_DESTINATIONS."""
    from wagtail.models import Page

    found = []
    for label in getattr(settings, "SEARCH_DESTINATIONS", []):
        model = apps.get_model(label)
        page = Page.objects.live().public().type(model).filter(Q(locale=locale)).first()
        if page is not None:
            found.append(Destination(page.title, page.url))
    return found


def hints(text, pages, table, locale, other_pages=None, vocabulary_pages=None):
    """Hints for a search of `pages` (and `other_pages`: the source-language pages a search
    in another language also shows); suggestions come from the vocabulary of
    `vocabulary_pages` (default `pages`: the site's public pages of `locale`)."""
    unmatched = unmatched_words(text, [pages] if other_pages is None else [pages, other_pages], table)
    # The vocabulary (every title) is read only when a word needs a suggestion; a word shorter
    # than MIN_SUGGESTED_LENGTH gets none (an acronym, or too short to guess from).
    to_correct = [word for word in unmatched if len(word) >= MIN_SUGGESTED_LENGTH]
    known = (
        sorted(vocabulary(pages if vocabulary_pages is None else vocabulary_pages, table, locale.pk))
        if to_correct
        else []
    )
    suggested = suggestion(text, to_correct, known) if to_correct else ""
    return Hints(unmatched, suggested, destinations(locale))


def list_hints(text, pages, current_url):
    """Hints for the text query of a list of `pages` (the catalogue's services, the library's
    practices): the words none of them holds, «Forse cercavi …» from the words /cerca/ suggests
    (the site's public pages), the other ways in but the list at `current_url`, and a link to
    search the whole site for `text`."""
    locale = Locale.get_active()
    found = hints(text, pages, synonym_table(), locale, vocabulary_pages=searchable_pages(locale))
    found.destinations = [destination for destination in found.destinations if destination.url != current_url]
    found.text = text
    return found
