"""The way back from a service sheet to the filtered list the visitor came from. The
catalogue's result links carry the list's address in a `back` parameter; the sheet links
back only to an address that is the catalogue of its own language with the catalogue's own
parameters, rebuilt from the parsed values (anything else gives the plain catalogue): no
open redirect, no markup from the URL, and the cached page varies only by a known
parameter (settings.PAGE_CACHE_QUERY_PARAMETERS)."""

from urllib.parse import parse_qsl, urlencode, urlsplit

from caching.fragments import kept_in_worker
from services_catalog.filters import ServiceFilterSet

BACK_PARAMETER = "back"
MAX_BACK_LENGTH = 1000
LIST_PARAMETERS = frozenset(ServiceFilterSet.base_filters) | {"q", "ordina", "page"}


def list_parameters(params):
    """The catalogue's own (name, value) pairs of a query, in their order."""
    return [(name, value) for name, value in params if name in LIST_PARAMETERS and value]


def back_query(request):
    """The query string a result link adds to its sheet's URL ("" on the unfiltered list)."""
    pairs = list_parameters((name, value) for name, values in request.GET.lists() for value in values)
    if not pairs:
        return ""
    return urlencode({BACK_PARAMETER: f"{request.path}?{urlencode(pairs)}"})


def back_url(value, catalogue_path):
    """The list address `value` names, if it is the catalogue at `catalogue_path`; else None."""
    if not value or len(value) > MAX_BACK_LENGTH or not catalogue_path:
        return None
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or parts.path != catalogue_path:
        return None
    pairs = list_parameters(parse_qsl(parts.query))
    return f"{catalogue_path}?{urlencode(pairs)}" if pairs else None


def sheet_links(page, request):
    """The sheet's way back: the filtered list it was opened from, else the catalogue."""
    catalogue_url = kept_catalogue_path(page.locale_id, request)
    value = request.GET.get(BACK_PARAMETER) if request is not None else None
    return {"back_to_list": back_url(value, catalogue_url), "catalogue_url": catalogue_url}


def kept_catalogue_path(locale_id, request):
    """catalogue_path, kept by the worker until content changes."""
    return kept_in_worker(f"catalogue-path:{locale_id}", lambda: catalogue_path(locale_id, request))


def catalogue_path(locale_id, request):
    """The path of the catalogue in this language, or None (kept by the worker until content changes)."""
    from services_catalog.models import ServiceIndexPage

    catalogue = ServiceIndexPage.objects.live().filter(locale_id=locale_id).first()
    # Its path only: get_url gives a full URL when the request's host is not the Site's.
    return urlsplit(catalogue.get_url(request)).path if catalogue else None
