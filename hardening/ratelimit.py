"""Fixed-window request counters in the shared cache (settings.RATE_LIMIT_CACHE: Redis when
REDIS_URL is set), so that every worker and machine counts against one limit. The count is
one atomic increment (Redis INCR; a lock in local memory); the file cache used without Redis
is shared by the workers but increments by read-and-write, so a burst may slip a few
requests past the limit there.

A rate is "<count>/<second|minute|hour|day>", as Django REST framework writes them."""

import hashlib
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches

PERIODS = {"s": 1, "m": 60, "h": 60 * 60, "d": 24 * 60 * 60}


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    wait: int  # seconds until the window ends


def parse_rate(rate):
    """(count, seconds) of a rate such as "300/minute"."""
    count, period = rate.split("/")
    return int(count), PERIODS[period.strip()[0].lower()]


def counter_key(scope, ident, window):
    digest = hashlib.sha256(str(ident).encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}:{window}"


def count(scope, ident, rate):
    """Counts one request of `ident` in `scope` and says whether it is within `rate`."""
    limit, seconds = parse_rate(rate)
    now = time.time()
    key = counter_key(scope, ident, int(now // seconds))
    cache = caches[settings.RATE_LIMIT_CACHE]
    cache.add(key, 0, seconds + 1)
    try:
        used = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, seconds + 1)
        used = 1
    return Verdict(allowed=used <= limit, wait=max(1, int(seconds - now % seconds)))
