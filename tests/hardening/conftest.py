from tests.caching.conftest import redis_cache  # noqa: F401 - the Redis fixture, shared
