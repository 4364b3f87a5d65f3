"""Benchmark of the open-data endpoints: p50 and p95 response times with N demo services.

    .venv/bin/python bench/opendata_bench.py [--count 10000] [--runs 20]

Uses DATABASE_URL when set (e.g. a throwaway PostgreSQL database), else a temporary SQLite
file; migrates, loads the seed, generates the demo services (counted in, for this
benchmark only, through OPENDATA_INCLUDE_DEMO) and times each endpoint with Django's test
client (no network, no cache of responses; throttling off)."""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conciliazione.settings.test")
TEMPORARY = tempfile.TemporaryDirectory()
os.environ.setdefault("DATABASE_URL", f"sqlite:///{TEMPORARY.name}/bench.sqlite3")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

ENDPOINTS = [
    "/open-data/hsds/services?per_page=100",
    "/open-data/hsds/services?per_page=50&full=true",
    "/open-data/hsds/services?per_page=50&taxonomy_term_id={term}",
    "/open-data/hsds/services?search=nido&per_page=50",
    "/open-data/hsds/services/{service}",
    "/api/v2/services/?limit=50&network=lecco&objective=5",
    "/open-data/feed/servizi/",
    "/open-data/servizi.csv",
    "/sitemap.xml",
]


def prepare(count):
    call_command("migrate", verbosity=0)
    call_command("load_seed_content", verbosity=0)
    call_command("generate_demo_services", count=count, verbosity=0)


def timed(client, path):
    start = time.perf_counter()
    response = client.get(path)
    if response.streaming:
        b"".join(response.streaming_content)
    elapsed = time.perf_counter() - start
    assert response.status_code == 200, (path, response.status_code)
    return elapsed * 1000


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=20)
    options = parser.parse_args()
    settings.OPENDATA_INCLUDE_DEMO = True
    settings.OPENDATA_RATE_LIMIT = None
    prepare(options.count)
    client = Client()
    first = client.get("/open-data/hsds/services?per_page=1").json()
    term = client.get("/open-data/hsds/taxonomy_terms?top_only=true").json()["contents"][4]["id"]
    values = {"service": first["contents"][0]["id"], "term": term}
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    print(f"Open data, {first['total_items']} services, {engine}, {options.runs} runs per endpoint")
    print(f"{'endpoint':64} {'p50 ms':>8} {'p95 ms':>8}")
    for endpoint in ENDPOINTS:
        path = endpoint.format(**values)
        timings = [timed(client, path) for _ in range(options.runs)]
        print(f"{path[:64]:64} {statistics.median(timings):8.1f} {percentile(timings, 0.95):8.1f}")


if __name__ == "__main__":
    main()
