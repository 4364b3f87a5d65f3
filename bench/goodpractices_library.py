"""Benchmark of the good-practice library: p50 and p95 server time of /buone-pratiche/
(plain, a text query, three filters, both), the companies' view and a practice page,
with N demo practices on top of the seed. Prints figures; asserts nothing.

    DATABASE_URL=... .venv/bin/python bench/goodpractices_library.py --count 1000

Without DATABASE_URL it uses a throwaway SQLite file. The database is created,
migrated and seeded here; demo practices are generated once (reused on a second run
against the same database)."""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conciliazione.settings.test")
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='bench-practices-')}/bench.sqlite3"

SCENARIOS = [
    ("biblioteca", "/buone-pratiche/"),
    ("testo", "/buone-pratiche/?q=welfare"),
    ("tre filtri", "/buone-pratiche/?tipo=welfare-aziendale&obiettivo=cura-bambini-adolescenti&beneficiari=lavoratori"),
    (
        "testo + tre filtri + pagina 2",
        "/buone-pratiche/?q=servizio&tipo=welfare-aziendale&tipo=bando&obiettivo=cura-bambini-adolescenti"
        "&beneficiari=lavoratori&page=2",
    ),
    ("welfare aziendale", "/buone-pratiche/welfare-aziendale/"),
    ("scheda pratica", "/reti/brescia/buona-pratica-bando-asl-servizi-conciliazione-territoriali/"),
]


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def prepare(count):
    from django.core.management import call_command

    from goodpractices.models import GoodPracticePage

    call_command("migrate", verbosity=0)
    call_command("load_seed_content", "--skip-index", verbosity=0)
    missing = count - GoodPracticePage.objects.filter(is_demo=True).count()
    if missing > 0:
        started = time.perf_counter()
        call_command("generate_demo_practices", "--count", str(missing), "--seed", "4", verbosity=0)
        print(f"{missing} pratiche demo generate in {time.perf_counter() - started:.0f} s")
    return GoodPracticePage.objects.live().count()


def measure(client, url, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm-up
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return samples, len(queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="demo practices (default 1000)")
    parser.add_argument("--repeat", type=int, default=30, help="requests per scenario (default 30)")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    total = prepare(args.count)
    client = Client()
    print(f"database: {connection.vendor}; pratiche pubblicate: {total}; richieste per scenario: {args.repeat}")
    print(f"{'scenario':<32}{'p50 ms':>9}{'p95 ms':>9}{'query':>7}")
    for name, url in SCENARIOS:
        samples, queries = measure(client, url, args.repeat)
        print(f"{name:<32}{statistics.median(samples):>9.1f}{percentile(samples, 0.95):>9.1f}{queries:>7}")


if __name__ == "__main__":
    main()
