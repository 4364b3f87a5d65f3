"""When the search engine does not answer: a clear message and HTTP 503, never a
traceback. There is no fallback to the database backend: when Elasticsearch is the
search backend the database index is not kept up to date, so it would give wrong
answers. The site search uses `search_guard`; pages of other apps that search (the
catalogue, the library) go through search.entry, which marks the request as searching, and
`SearchUnavailableMiddleware` turns an engine error of such a request into the 503 page
(an error of a request that did not search is left to the other handlers)."""

import functools
import logging
from contextvars import ContextVar

from django.db import DatabaseError
from django.shortcuts import render
from elastic_transport import TransportError
from elasticsearch import ApiError

logger = logging.getLogger(__name__)

SEARCH_ENGINE_ERRORS = (TransportError, ApiError, DatabaseError)
UNAVAILABLE_TEMPLATE = "search/unavailable.html"
_searching = ContextVar("searching", default=False)


def mark_searching():
    """Called by search.entry before the engine is asked: this request searches."""
    _searching.set(True)


class SearchUnavailableMiddleware:
    """An engine error raised while a request that searched is served (the page's template
    evaluates the results) gives the 503 page, never a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _searching.set(False)
        try:
            return self.get_response(request)
        finally:
            _searching.reset(token)

    def process_exception(self, request, exception):
        if not (_searching.get() and isinstance(exception, SEARCH_ENGINE_ERRORS)):
            return None
        logger.error("Search engine unavailable for %s: %s", request.path, exception)
        return unavailable_response(request)


def unavailable_response(request):
    return render(request, UNAVAILABLE_TEMPLATE, status=503)


def search_guard(view):
    """Decorates a view that searches: a search engine error becomes the 503 page.
    Template responses are rendered inside the guard, where lazy results are evaluated."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and not getattr(response, "is_rendered", True):
                response.render()
            return response
        except SEARCH_ENGINE_ERRORS:
            logger.exception("Search engine unavailable for %s", request.path)
            return unavailable_response(request)

    return wrapper
