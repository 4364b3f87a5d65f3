"""Anonymous page cache.

A GET from a visitor who sends no cookie is served from the shared cache (settings
PAGE_CACHE_ALIAS: Redis when REDIS_URL is set, else a file cache shared by the gunicorn
workers). Never cached: the admin and anything under PAGE_CACHE_EXCLUDED_PATH_PREFIXES, URLs with
a query parameter not in PAGE_CACHE_QUERY_PARAMETERS (the key has the known ones sorted),
requests carrying any cookie (a session, a CSRF token) or an Authorization header,
previews, responses that set a cookie, that are not a plain 200, that say private/no-cache/
no-store, or that vary on anything but Cookie and Accept-Language (the language is taken
from the path, which is part of the key).

Invalidation is by generation: the time of the last content change is kept under
GENERATION_KEY and every entry records the generation it was rendered in; a publish,
unpublish, move or delete writes a new generation (see caching.invalidation), so every
stale entry is ignored at once, across workers and machines. The same timestamp is the
honest Last-Modified of a cached page: nothing public changed after it."""

import hashlib
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import (
    cc_delim_re,
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.http import http_date, parse_http_date_safe

GENERATION_KEY = "pagecache:generation"
CACHEABLE_VARY = {"cookie", "accept-language"}
UNCACHEABLE_DIRECTIVES = {"private", "no-cache", "no-store"}


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def current_generation(cache, known=None):
    if known is not None:
        return known
    cache.add(GENERATION_KEY, time.time(), None)
    return cache.get(GENERATION_KEY)


def invalidate_all():
    """Start a new generation: every page cached so far is stale."""
    page_cache().set(GENERATION_KEY, time.time(), None)


def cache_key(request):
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    url = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    return "pagecache:page:" + hashlib.sha256(url.encode()).hexdigest()


# The filters' parameters of the faceted listings, registered by their apps when they start
# (their facet tables, docs/facets.md), on top of PAGE_CACHE_QUERY_PARAMETERS.
listing_parameters = set()


def cache_listing_parameters(names):
    """Let URLs with these query parameters be cached (a listing's filters)."""
    listing_parameters.update(names)


def has_only_known_parameters(request):
    names = set(request.GET)
    return (
        names <= settings.PAGE_CACHE_QUERY_PARAMETERS
        or names <= settings.PAGE_CACHE_QUERY_PARAMETERS | listing_parameters
    )


def is_cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and not request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path_info.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATH_PREFIXES))
        and has_only_known_parameters(request)
    )


def header_tokens(response, header):
    return {token.strip().lower() for token in cc_delim_re.split(response.get(header, "")) if token.strip()}


def is_cacheable_response(request, response):
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not getattr(request, "is_preview", False)
        and "Content-Encoding" not in response
        and not {d.split("=")[0] for d in header_tokens(response, "Cache-Control")} & UNCACHEABLE_DIRECTIVES
        and header_tokens(response, "Vary") <= CACHEABLE_VARY
    )


def mark_public(response, generation):
    set_response_etag(response)
    response.headers.setdefault("Last-Modified", http_date(int(generation)))
    directives = {"public": True, "max_age": settings.PAGE_CACHE_MAX_AGE}
    if settings.PAGE_CACHE_SHARED_MAX_AGE:
        directives["s_maxage"] = settings.PAGE_CACHE_SHARED_MAX_AGE
    patch_cache_control(response, **directives)


def mark_private(response):
    if "Cache-Control" not in response:
        patch_cache_control(response, private=True, max_age=0)
    patch_vary_headers(response, ("Cookie",))


def response_from_entry(request, entry):
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    response["X-Cache"] = "HIT"
    # This middleware runs first, so it answers conditional requests itself.
    return get_conditional_response(
        request,
        etag=response["ETag"],
        last_modified=parse_http_date_safe(response["Last-Modified"]),
        response=response,
    )


class AnonymousPageCacheMiddleware:
    """First in MIDDLEWARE: a hit costs two cache reads and nothing else, and the stored
    headers include everything the other middleware added (CSP, HSTS, X-Frame-Options)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED or not is_cacheable_request(request):
            response = self.get_response(request)
            if request.COOKIES or request.path_info.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATH_PREFIXES)):
                mark_private(response)
            return response
        cache = page_cache()
        key = cache_key(request)
        found = cache.get_many([GENERATION_KEY, key])
        generation = current_generation(cache, found.get(GENERATION_KEY))
        entry = found.get(key)
        if entry is not None and entry["generation"] == generation:
            return response_from_entry(request, entry)
        response = self.get_response(request)
        if request.method == "GET" and is_cacheable_response(request, response):
            mark_public(response, generation)
            entry = {
                "generation": generation,
                "status": response.status_code,
                "headers": list(response.items()),
                "content": response.content,
            }
            cache.set(key, entry, settings.PAGE_CACHE_TIMEOUT)
            response["X-Cache"] = "MISS"
        return response
