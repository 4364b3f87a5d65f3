import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_rate_limit_counters():
    """Each test starts with empty throttle counters (they live in the cache)."""
    cache.clear()
    yield
    cache.clear()
