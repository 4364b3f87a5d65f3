"""Cached template fragments: the parts of every page that do not depend on the request
(menu, breadcrumbs, footer: a dozen queries a page without it).

Templates cache them with Django's ``{% cache %}`` tag, keyed by ``content_generation``:
the page cache's generation (caching.pagecache), which every publish, unpublish, move or
deletion of a page and every change of a snippet, setting, site or locale renews, so a
fragment is stale as soon as anything it shows may have changed, in every worker. A
request the anonymous page cache cannot serve (a search, a filter combination, a
visitor with a session) still reuses them. Previews and FRAGMENT_CACHE_TIMEOUT = 0 (the
tests' default) render every fragment afresh. `cached_data` keeps data the same way (the
catalogue's filter choices)."""

import functools
import time

from django.conf import settings
from django.core.cache import caches

from caching.pagecache import current_generation, page_cache


def fragment_cache(request):
    """Context processor: `fragment_timeout` (seconds; 0 caches nothing) and
    `content_generation` (read from the shared cache at most once, when a fragment asks)."""
    timeout = settings.FRAGMENT_CACHE_TIMEOUT
    if getattr(request, "is_preview", False):
        timeout = 0
    if not timeout:
        return {"fragment_timeout": 0, "content_generation": 0}
    return {
        "fragment_timeout": timeout,
        "content_generation": functools.cache(lambda: current_generation(page_cache())),
    }


def cached_data(key, compute):
    """`compute()`, kept in the default cache under `key` until content changes (the
    fragments' generation); computed every time when FRAGMENT_CACHE_TIMEOUT is 0."""
    timeout = settings.FRAGMENT_CACHE_TIMEOUT
    if not timeout:
        return compute()
    cache = caches["default"]
    generation_key = f"fragment-data:{current_generation(page_cache())}:{key}"
    value = cache.get(generation_key)
    if value is None:
        value = compute()
        cache.set(generation_key, value, timeout)
    return value


_kept = {}


def kept_in_worker(key, compute):
    """`compute()`, kept in this process's memory under `key` until content changes or
    FRAGMENT_CACHE_TIMEOUT seconds pass, for data that is costly to (un)pickle from a shared
    cache (the catalogue's facet index); computed every time when the timeout is 0."""
    timeout = settings.FRAGMENT_CACHE_TIMEOUT
    if not timeout:
        return compute()
    generation = current_generation(page_cache())
    kept = _kept.get(key)
    now = time.monotonic()
    if kept is None or kept[0] != generation or now - kept[1] >= timeout:
        kept = (generation, now, compute())
        _kept[key] = kept
    return kept[2]
