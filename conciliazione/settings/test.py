"""Test settings: fast password hashing, plain static storage, in-memory cache."""

from .base import *  # noqa: F401,F403
from .base import env_bool

SECRET_KEY = "test-only-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "shared": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "shared"},
    "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "renditions"},
}
# Off by default so that tests changing content in a transaction never see a stale page;
# the page cache tests turn it on.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", False)
FRAGMENT_CACHE_TIMEOUT = 0  # likewise: the fragment cache tests set it
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The open-data rate limit is tested on its own (tests/opendata/test_throttling.py).
OPENDATA_RATE_LIMIT = "100000/minute"
# Imports run inside the test, as they are enqueued (tests/editorial/test_import_worker.py
# runs the database backend and its worker).
TASKS = {**TASKS, "imports": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}  # noqa: F405
SITE_BASE_URL = "http://localhost"
# Search statistics are written when a test calls search.hits.flush_search_hits().
SEARCH_HITS_FLUSH_SECONDS = 0
