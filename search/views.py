"""The site-wide search page (/cerca/) and its autocomplete endpoint."""

import re

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from search.analysis import fold, words
from search.availability import SEARCH_ENGINE_ERRORS, search_guard
from search.entry import suggest
from search.facets import page_type_key
from search.highlight import snippet
from search.hits import record_hit
from search.labels import public_label
from search.outcome import SearchOutcome
from search.visibility import searchable_pages

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
AUTOCOMPLETE_MIN_LENGTH = 2
AUTOCOMPLETE_LIMIT = 8
WORD = re.compile(r"\w+")


def query_text(request):
    return " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]


def requested_page(raw):
    """?page= for Paginator.get_page, which gives page 1 for what is not a number and the last
    page past the last: ASCII digits only (Python's int() also reads "٢" as 2)."""
    return raw if isinstance(raw, str) and raw.isascii() and raw.isdigit() else 1


def page_label(page):
    return public_label(page.specific_class) if page.specific_class else ""


@require_GET
@search_guard
def site_search(request):
    text = query_text(request)
    outcome = SearchOutcome(text, request.GET.get("tipo", "").strip())
    paginator = Paginator(outcome.results, RESULTS_PER_PAGE)
    paginator.count = outcome.result_count  # overrides the cached property: no second COUNT query
    page_obj = paginator.get_page(requested_page(request.GET.get("page")))
    results = [(page, page_label(page), snippet(page, outcome.stems)) for page in page_obj]
    first_request = request.GET.get("page", "1") in ("", "1")
    if text and outcome.query is not None and first_request and not outcome.error:
        record_hit(text, outcome.missing_words())  # once per search, not once per page of results
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
        "hints": outcome.hints,
        "source_language_code": Locale.get_default().language_code,
        "source_language_results": [
            (page, page_label(page), snippet(page, outcome.stems)) for page in outcome.source_language_results
        ],
    }
    return render(request, "search/search_results.html", context, status=400 if outcome.error else 200)


def title_holds(title, typed_words):
    """Whether every typed word begins a word of the title (accents and case folded)."""
    title_words = words(title)
    return all(any(word.startswith(typed) for word in title_words) for typed in typed_words)


def titles_first(pages, text):
    """The pages whose title holds what was typed, then the others, each in the engine's order.
    The engine also matches other autocomplete fields (a service's short description) and ranks
    by how often the words occur there, which can put such a page above the one whose title is
    what was typed."""
    typed_words = [fold(word) for word in WORD.findall(text)]
    return sorted(pages, key=lambda page: not title_holds(page.title, typed_words))


@require_GET
def autocomplete(request):
    """Titles of public pages starting with what was typed: {"query", "results": [{title, url, type}]}."""
    text = query_text(request)
    # Only words reach the engine: quotes and brackets are syntax to SQLite's FTS5.
    typed = " ".join(WORD.findall(text))
    if len(typed) < AUTOCOMPLETE_MIN_LENGTH:
        return JsonResponse({"query": text, "results": []})
    try:
        candidates = suggest(searchable_pages(), typed)
        pages = titles_first(candidates, typed)[:AUTOCOMPLETE_LIMIT]
    except SEARCH_ENGINE_ERRORS:
        return JsonResponse({"query": text, "error": _("La ricerca non è al momento disponibile.")}, status=503)
    results = [
        {
            "title": page.title,
            "url": page.get_url(request=request),
            "type": page_label(page),
            "type_key": page_type_key(page.content_type),
        }
        for page in pages
    ]
    return JsonResponse({"query": text, "results": results})
