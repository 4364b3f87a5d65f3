"""Request limits checked before any view runs: bodies over MAX_REQUEST_BODY_SIZE get a
413, query strings with NUL or other control characters (which PostgreSQL refuses in a
string literal) or longer than MAX_QUERY_STRING_LENGTH get a 400 with a clear message."""

import re
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.utils.translation import gettext as _

from webperf.responses import bad_request, payload_too_large

CONTROL_CHARACTERS = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def query_string_problem(raw_query):
    if len(raw_query) > settings.MAX_QUERY_STRING_LENGTH:
        return _("L'indirizzo richiesto è troppo lungo.")
    if CONTROL_CHARACTERS.search(unquote_to_bytes(raw_query.replace("+", " "))):
        return _("L'indirizzo richiesto contiene caratteri non ammessi.")
    return None


class RequestLimitsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return bad_request(_("Intestazione Content-Length non valida."))
        if length > settings.MAX_REQUEST_BODY_SIZE:
            return payload_too_large(settings.MAX_REQUEST_BODY_SIZE // (1024 * 1024))
        problem = query_string_problem(request.META.get("QUERY_STRING", ""))
        if problem:
            return bad_request(problem)
        return self.get_response(request)
