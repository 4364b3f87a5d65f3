"""The site-wide search page (/cerca/) and its autocomplete endpoint."""

import re

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from search.analysis import fold, words
from search.answer import kept_answer, page_label
from search.availability import SEARCH_ENGINE_ERRORS, search_guard
from search.entry import suggest
from search.facets import page_type_key
from search.hits import record_hit
from search.shortcuts import search_shortcuts
from search.visibility import searchable_pages

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


@require_GET
@search_guard
def site_search(request):
    text = query_text(request)
    found = kept_answer(request, text, request.GET.get("tipo", "").strip(), requested_page(request.GET.get("page")))
    if found.searched and request.GET.get("page", "1") in ("", "1"):
        record_hit(text, found.missing_words)  # once per search, not once per page of results
    paginator = found.paginator()
    page_obj = paginator.page(found.number)
    context = {
        "search_query": text,
        "type_key": found.type_key,
        "facets": found.facets,
        "total": sum(facet.count for facet in found.facets),
        "notice": found.notice,
        "results": found.results,
        "promotions": found.promotions,
        "page_obj": page_obj,
        "paginator": paginator,
        "error": found.error,
        "hints": found.hints,
        "shortcuts": search_shortcuts(text, request) if found.searched else [],
        "source_language_code": Locale.get_default().language_code,
        "source_language_results": found.source_language_results,
    }
    return render(request, "search/search_results.html", context, status=400 if found.error else 200)


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
