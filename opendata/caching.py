"""Cache headers of the open-data responses: shared caches (a CDN, a proxy) may keep
them for a few minutes, which absorbs repeated requests before they reach the site."""

from functools import wraps

from django.utils.cache import patch_cache_control

MAX_AGE = 300


def content_generation():
    """The site's content generation: caching.invalidation starts a new one after every
    public change (a page of any type published, unpublished, moved or deleted, a snippet,
    a setting), once the transaction commits. Files cached under it are never older than
    the content they show, including what they take from other pages (a network's name)."""
    from caching.pagecache import current_generation, page_cache

    return current_generation(page_cache())


def public_cache(response, max_age=MAX_AGE):
    if response.status_code == 200:
        patch_cache_control(response, public=True, max_age=max_age)
    return response


def publicly_cached(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        return public_cache(view(request, *args, **kwargs))

    return wrapper
