"""Benchmark of the service catalogue (/servizi/) with 10,000 services.

    python bench/catalogue.py [--count 10000[,100000]] [--runs 40] DATABASE_URL [DATABASE_URL ...]

For each database (SQLite file or PostgreSQL URL) it migrates, loads the seed, tops the
demo services up to --count (kept between runs: generating 10,000 sheets takes minutes),
then requests the catalogue --runs times per scenario through Django's test client and
prints p50 and p95 in milliseconds, with the result and SQL query counts. It also prints
the process's CPU time per request (p50 / p95): on a machine shared with other work it moves
far less than wall time, though on PostgreSQL it leaves out the server's own work. One process
per database, since Django's settings are global.

With several counts (--count 10000,100000) each size has its own database, kept between runs:
a URL's ``{count}`` is replaced by the size, or else ``_<count>`` is appended to the database
name (the SQLite file's name), so a database is never topped up past the size it measures."""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = [
    ("catalogo senza filtri", {}),
    ("ricerca «servizio»", {"q": "servizio"}),
    (
        "ricerca + 3 filtri",
        {"q": "servizio", "obiettivo": "cura-bambini-adolescenti", "destinatari": "famiglie", "gratuito": "1"},
    ),
    (
        "ricerca + età + rete + gratuito",
        {"q": "nido", "eta": "18", "unita": "mesi", "rete": "lecco", "gratuito": "1"},
    ),
    # The visitor's municipality: distance order, a radius, an age (unknown ages kept).
    ("comune + 10 km, per distanza", {"comune": "Merate", "raggio": "10"}),
    (
        "comune + bisogno + età + 25 km",
        {"comune": "Sant'Angelo Lodigiano", "raggio": "25", "bisogno": "dopo-scuola", "eta": "7"},
    ),
    ("ricerca + comune, per distanza", {"q": "servizio", "comune": "Lecco", "ordina": "distanza"}),
]


def ensure_postgres_database(url):
    import dj_database_url
    import psycopg

    name = dj_database_url.parse(url)["NAME"]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def prepare(count):
    from django.core.management import call_command

    from services_catalog import demo
    from services_catalog.models import ServicePage

    call_command("migrate", verbosity=0)
    call_command("load_seed_content", "--skip-index", verbosity=0)
    missing = count - ServicePage.objects.filter(is_demo=True).count()
    if missing > 0:
        started, started_cpu = time.perf_counter(), time.process_time()
        demo.generate(missing, seed=count)
        print(
            f"  {missing} schede dimostrative generate in {time.perf_counter() - started:.0f} s"
            f" (CPU del processo {time.process_time() - started_cpu:.0f} s; {load_average()})",
            flush=True,
        )
    return ServicePage.objects.live().count()


def load_average():
    """The machine's load (1, 5 minutes): wall times on a shared machine read against it."""
    one, five, _ = os.getloadavg()
    return f"carico {one:.1f} / {five:.1f}"


def measure(runs):
    import re

    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    for label, params in SCENARIOS:
        if client.get("/servizi/", params).status_code != 200:  # warm-up
            print(f"  {label:34} non disponibile in questa versione", flush=True)
            continue
        timings, cpu = [], []
        for _ in range(runs):
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.get("/servizi/", params)
            timings.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            assert response.status_code == 200
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/servizi/", params)
        queries = len(captured)
        found = re.search(r'id="results-count">([\d.]+) serviz', response.content.decode())
        found = found.group(1) if found else "?"
        p50 = statistics.median(timings)
        p95 = statistics.quantiles(timings, n=20)[18]
        cpu50, cpu95 = statistics.median(cpu), statistics.quantiles(cpu, n=20)[18]
        print(
            f"  {label:34} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   CPU p50 {cpu50:6.1f} / p95 {cpu95:6.1f} ms"
            f"   {found:>6} risultati   {queries} query SQL   {load_average()}",
            flush=True,
        )


def run_one(url, count, runs, kept_index):
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conciliazione.settings.test")
    sys.path.insert(0, str(ROOT))
    if url.startswith("postgres"):
        ensure_postgres_database(url)
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import override_settings

    if kept_index:
        # As a served worker does: the facet index built once, then kept until content changes.
        override_settings(FRAGMENT_CACHE_TIMEOUT=3600).enable()

    engine = connection.vendor
    mode = "indice dei filtri tenuto dal processo" if kept_index else "indice dei filtri ricostruito a ogni richiesta"
    print(f"{engine}: {url.split('@')[-1]} ({mode})", flush=True)
    live = prepare(count)
    print(f"  {live} servizi pubblicati, {runs} richieste per scenario", flush=True)
    measure(runs)


def counts(value):
    return [int(count) for count in value.split(",")]


def sized_url(url, count, several):
    """The database URL for one size: ``{count}`` replaced, or the size appended when several
    sizes are measured and the URL does not place it."""
    if "{count}" in url:
        return url.replace("{count}", str(count))
    if not several:
        return url
    if url.startswith("sqlite"):
        stem, dot, suffix = url.rpartition(".")
        return f"{stem}_{count}{dot}{suffix}" if dot else f"{url}_{count}"
    base, query_mark, query = url.partition("?")
    return f"{base}_{count}{query_mark}{query}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=counts, default=[10_000], help="size(s), comma separated")
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument(
        "--kept-index",
        action="store_true",
        help="keep the facet index between requests, as a served worker does (default: rebuilt every request)",
    )
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("urls", nargs="+")
    args = parser.parse_args()
    if args.one:
        run_one(args.urls[0], args.count[0], args.runs, args.kept_index)
        return
    failed = False
    for count in args.count:
        for url in args.urls:
            url = sized_url(url, count, len(args.count) > 1)
            command = [sys.executable, __file__, "--one", "--count", str(count), "--runs", str(args.runs), url]
            command += ["--kept-index"] if args.kept_index else []
            failed |= subprocess.run(command, cwd=ROOT).returncode != 0  # noqa: S603
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
