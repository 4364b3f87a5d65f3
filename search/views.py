"""The site-wide search page (/cerca/) and its autocomplete endpoint."""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Page

from search.availability import SEARCH_ENGINE_ERRORS, search_guard
from search.facets import content_type_for_key, page_type_key, type_facets
from search.highlight import snippet
from search.promotions import promoted_results, record_hit
from search.query import build_query, query_stems
from search.synonyms import synonym_table
from search.visibility import searchable_pages

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
AUTOCOMPLETE_MIN_LENGTH = 2
AUTOCOMPLETE_LIMIT = 8


def query_text(request):
    return " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]


def page_label(page):
    label = str(page.specific_class._meta.verbose_name) if page.specific_class else ""
    return label[:1].upper() + label[1:]


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
        self.query = build_query(text, table) if text else None
        self.stems = query_stems(text, table) if text else set()
        self.facets = []
        self.results = Page.objects.none()
        self.promotions = []
        if text and self.query is None:
            self.notice = _("La ricerca contiene solo parole troppo comuni: prova con parole più specifiche.")
        elif self.query is not None:
            self.run()

    def run(self):
        all_results = self.pages.search(self.query, order_by_relevance=True)
        self.facets = type_facets(all_results)
        pages = self.pages
        if self.type_key:
            content_type = content_type_for_key(self.type_key)
            if content_type is None:
                self.error = _("Il tipo di contenuto richiesto non esiste.")
                return
            pages = pages.filter(content_type=content_type)
        self.results = pages.specific().search(self.query, order_by_relevance=True)
        self.promotions = promoted_results(self.text, self.pages)


@require_GET
@search_guard
def site_search(request):
    text = query_text(request)
    outcome = SearchOutcome(text, request.GET.get("tipo", "").strip())
    paginator = Paginator(outcome.results, RESULTS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    results = [(page, page_label(page), snippet(page, outcome.stems)) for page in page_obj]
    first_request = request.GET.get("page", "1") in ("", "1")
    if text and outcome.query is not None and first_request and not outcome.error:
        record_hit(text)  # once per search, not once per page of results
    context = {
        "search_query": text,
        "type_key": outcome.type_key if not outcome.error else "",
        "facets": outcome.facets,
        "total": sum(facet.count for facet in outcome.facets),
        "notice": outcome.notice,
        "results": results,
        "promotions": outcome.promotions if page_obj.number == 1 else [],
        "page_obj": page_obj,
        "paginator": paginator,
        "error": outcome.error,
    }
    return render(request, "search/search_results.html", context, status=400 if outcome.error else 200)


@require_GET
def autocomplete(request):
    """Titles of public pages starting with what was typed: {"query", "results": [{title, url, type}]}."""
    text = query_text(request)
    if len(text) < AUTOCOMPLETE_MIN_LENGTH:
        return JsonResponse({"query": text, "results": []})
    try:
        pages = list(searchable_pages().specific().autocomplete(text, operator="and")[:AUTOCOMPLETE_LIMIT])
    except SEARCH_ENGINE_ERRORS:
        return JsonResponse({"query": text, "error": _("La ricerca non è al momento disponibile.")}, status=503)
    results = [
        {"title": page.title, "url": page.get_url(request=request), "type": page_label(page),
         "type_key": page_type_key(page.content_type)}
        for page in pages
    ]
    return JsonResponse({"query": text, "results": results})
