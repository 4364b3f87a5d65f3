"""When the search engine does not answer: a clear message and HTTP 503, never a
traceback. There is no fallback to the database backend: when Elasticsearch is the
search backend the database index is not kept up to date, so it would give wrong
answers. Views of other apps that search (the catalogue) use `search_guard`."""

import functools
import logging

from django.db import DatabaseError
from django.shortcuts import render
from elastic_transport import TransportError
from elasticsearch import ApiError

logger = logging.getLogger(__name__)

SEARCH_ENGINE_ERRORS = (TransportError, ApiError, DatabaseError)
UNAVAILABLE_TEMPLATE = "search/unavailable.html"


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
