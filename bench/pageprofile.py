"""Where a page's server time goes: `python -m bench.pageprofile URL...` (`make bench-profile`).

In-process with Django's test Client, production settings, page cache off, on `make bench-load`'s
SQLite database (DATABASE_URL chooses another). Each page is requested a few times first (as a
running worker has its templates compiled and its per-process caches filled), then REQUESTS times
under cProfile; it prints the time per request, the share spent in SQL (timed by a database
execute wrapper), the queries per request and the functions with the most cumulative and own
time, and the slowest queries of one request, each read to its last row (SQLite does most of a
query's work while its rows are fetched, after the wrapper has timed the execute)."""

import argparse
import cProfile
import io
import os
import pstats
import time

from bench import load

WARMING = 3


SLOWEST = 6
RERUNS = 5


class SqlTimer:
    """A database execute wrapper that counts the queries and adds up their time."""

    def __init__(self):
        self.queries = 0
        self.seconds = 0.0
        self.statements = []

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started
            self.queries += 1
            self.statements.append((sql, params))


def configure():
    url = os.environ.get("DATABASE_URL") or load.database_urls()["SQLite"]
    os.environ.update({**load.environment(url, "SQLite"), "PAGE_CACHE_ENABLED": "0"})
    import django

    django.setup()


def read_time(sql, params):
    """Milliseconds to execute a statement and fetch all its rows, best of RERUNS."""
    from django.db import connection

    best = float("inf")
    for _run in range(RERUNS):
        with connection.cursor() as cursor:
            started = time.perf_counter()
            cursor.execute(sql, params)
            cursor.fetchall()
            best = min(best, time.perf_counter() - started)
    return best * 1000


def slowest_queries(client, url):
    from django.db import connection

    timer = SqlTimer()
    with connection.execute_wrapper(timer):
        client.get(url)
    timed = sorted(((read_time(sql, params), sql) for sql, params in timer.statements), reverse=True)
    print(
        f"--- slowest queries of one request, read to the last row (all {len(timed)}: "
        f"{sum(ms for ms, _sql in timed):.1f} ms) ---"
    )
    for ms, sql in timed[:SLOWEST]:
        print(f"{ms:7.1f} ms  {sql[:300]}")


def profile(client, url, requests, top):
    from django.db import connection

    for _warm in range(WARMING):
        status = client.get(url).status_code
    timer = SqlTimer()
    profiler = cProfile.Profile()
    started = time.perf_counter()
    with connection.execute_wrapper(timer):
        profiler.enable()
        for _request in range(requests):
            client.get(url)
        profiler.disable()
    elapsed = time.perf_counter() - started
    print(
        f"\n=== {url} (HTTP {status}): {elapsed * 1000 / requests:.1f} ms a request under the profiler, "
        f"{timer.queries / requests:.0f} queries taking {timer.seconds * 1000 / requests:.1f} ms "
        f"({timer.seconds / elapsed:.0%})"
    )
    for order in ("cumulative", "tottime"):
        output = io.StringIO()
        pstats.Stats(profiler, stream=output).sort_stats(order).print_stats(top)
        print(f"--- by {order} time ---")
        print(output.getvalue().split("\n\n", 2)[-1].strip())
    slowest_queries(client, url)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("urls", nargs="+")
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--top", type=int, default=35)
    args = parser.parse_args()
    configure()
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    for url in args.urls:
        profile(client, url, args.requests, args.top)


if __name__ == "__main__":
    main()
