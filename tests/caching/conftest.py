import os
import socket

import pytest
from django.core.cache import caches


def redis_reachable(host="127.0.0.1", port=6379):
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


# Redis database 9 is this project's test database; the prefix keeps parallel runs apart.
REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/9")
REDIS_CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "shared": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_TEST_URL,
        "KEY_PREFIX": f"conciliazione-test-{os.getpid()}",
    },
    "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "renditions"},
}


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    caches["shared"].clear()
    yield
    caches["shared"].clear()


@pytest.fixture
def redis_cache(settings):
    if not redis_reachable():
        pytest.skip("Redis non raggiungibile su 127.0.0.1:6379")
    settings.CACHES = REDIS_CACHES
    yield caches["shared"]
    caches["shared"].clear()
