"""Site-wide search over every public page."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from wagtail.models import Page

from search.locale_filters import searchable_in_language

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def site_search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        pages = searchable_in_language(Page.objects.live().public()).specific()
        results = pages.search(query, operator="and")
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page_obj = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        page_obj = paginator.page(1)
    response = render(
        request,
        "search/search_results.html",
        {"search_query": query, "page_obj": page_obj, "paginator": paginator},
    )
    return response
