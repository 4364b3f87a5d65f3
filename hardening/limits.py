"""Request limits checked before any view runs: bodies over MAX_REQUEST_BODY_SIZE get a
413 and query strings longer than MAX_QUERY_STRING_LENGTH a 400, with a clear message.
NUL and other control characters, which no one types and PostgreSQL refuses in a string
literal, are removed from the query string, so every view sees clean parameters and
answers with its normal page."""

import re
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.utils.translation import gettext as _

from operations.responses import bad_request, payload_too_large

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def without_control_characters(raw_query):
    """The query string with control characters removed, or None when it has none."""
    pairs = parse_qsl(raw_query, keep_blank_values=True)
    if not any(CONTROL_CHARACTERS.search(key + value) for key, value in pairs):
        return None
    return urlencode([(CONTROL_CHARACTERS.sub("", key), CONTROL_CHARACTERS.sub("", value)) for key, value in pairs])


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
        raw_query = request.META.get("QUERY_STRING", "")
        if len(raw_query) > settings.MAX_QUERY_STRING_LENGTH:
            return bad_request(_("L'indirizzo richiesto è troppo lungo."))
        cleaned = without_control_characters(raw_query)
        if cleaned is not None:
            request.META["QUERY_STRING"] = cleaned
            request.__dict__.pop("GET", None)  # parsed again from the cleaned string
        return self.get_response(request)
