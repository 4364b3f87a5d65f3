"""One search of the search page: results for the chosen type, counts per type,
promoted results, the stems to highlight, and help when few pages answer (search.hints)."""

import hashlib

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from search.entry import TextQuery, search
from search.facets import content_type_for_key, type_facets
from search.hints import FEW_RESULTS, hints
from search.memo import kept_shared
from search.promotions import promoted_results
from search.query import query_stems
from search.synonyms import synonym_table
from search.visibility import searchable_pages, untranslated_source_pages

SOURCE_LANGUAGE_RESULTS = 10


def kept_type_facets(results, text, fallback):
    """type_facets(results) of the search for `text` (its words-any fallback when `fallback`),
    kept until content changes per language and day (expired services leave the results): the
    counts need a second full-text match, the same for every visitor who searches the same words."""
    digest = hashlib.sha256(text.encode()).hexdigest()
    day = timezone.localdate().isoformat()
    key = f"search-type-facets:{Locale.get_active().language_code}:{day}:{int(fallback)}:{digest}"
    return kept_shared(key, lambda: type_facets(results))


class SearchOutcome:
    """What one search request found: results for the chosen type, counts per type,
    promotions, and the stems to highlight."""

    def __init__(self, text, type_key):
        self.text = text
        self.type_key = type_key
        self.error = ""
        self.notice = ""
        self.pages = searchable_pages()
        table = synonym_table()
        parsed = TextQuery.parse(text, table) if text else TextQuery(None, None)
        self.query = parsed.query
        self.fallback = parsed.fallback
        self.stems = query_stems(text, table) if text else set()
        self.facets = []
        self.results = Page.objects.none()
        self.promotions = []
        self.hints = None
        self.source_language_results = []
        self.source_pages = None
        if text and self.query is None:
            self.notice = _("La ricerca contiene solo parole troppo comuni: prova con parole più specifiche.")
        elif self.query is not None:
            self.run()
            self.search_source_language(text, table)
            if not self.error and (self.result_count < FEW_RESULTS or self.query is self.fallback):
                self.hints = hints(text, self.pages, table, Locale.get_active(), self.source_pages)

    def run(self):
        all_results = self.pages.search(self.query, order_by_relevance=True)
        self.facets = kept_type_facets(all_results, self.text, fallback=False)
        if not self.facets and self.fallback is not None:  # no page holds most words: any of them
            self.query = self.fallback
            all_results = self.pages.search(self.query, order_by_relevance=True)
            self.facets = kept_type_facets(all_results, self.text, fallback=True)
        pages = self.pages
        if self.type_key:
            content_type = content_type_for_key(self.type_key)
            if content_type is None:
                self.error = _("Il tipo di contenuto richiesto non esiste.")
                return
            pages = pages.filter(content_type=content_type)
        self.results = pages.specific().search(self.query, order_by_relevance=True)
        self.promotions = promoted_results(self.text, self.pages)

    def search_source_language(self, text, table):
        """On a page in another language, the first source-language pages (Italian) that have no
        translation and answer the query: English words reach them through the thesaurus."""
        locale = Locale.get_active()
        if self.error or locale == Locale.get_default():
            return
        self.source_pages = untranslated_source_pages(locale)
        found = search(self.source_pages.specific(), text, table)
        self.source_language_results = list(found[:SOURCE_LANGUAGE_RESULTS])

    def missing_words(self):
        """The words no page holds when the search found nothing (for the admin), else None."""
        if self.result_count or self.hints is None:
            return None
        return self.hints.unmatched

    @property
    def result_count(self):
        """How many results the chosen type has (all types: their sum), read off the type
        counts, so the paginator need not count the results again."""
        if self.type_key:
            return sum(facet.count for facet in self.facets if facet.key == self.type_key)
        return sum(facet.count for facet in self.facets)
