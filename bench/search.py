"""Search benchmark: latency of /cerca/ searches over N demo services (default 10,000)
on SQLite and PostgreSQL, and the time to rebuild the search index.

    .venv/bin/python -m bench.search [--count 10000[,100000]] [--repeat 10] [--databases sqlite,postgres]
                                     [--kept-database URL]

Each database is fresh (a temporary SQLite file; a throwaway PostgreSQL database on the
server of BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432, dropped after).
Services come from `generate_demo_services --count N`. Figures are printed.

--kept-database measures instead on a database kept between runs (``{count}`` in the URL is
replaced by each size): the demo services are topped up as bench/catalogue.py does, indexed as
they are written, so no rebuild is timed. Catalogue and search can share those databases."""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUERIES = [
    "nido Lecco",
    "asilo nido",
    "asili nido Bergamo",
    "centri estivi",
    "centro estivo Como",
    "grest",
    "baby sitting",
    "doposcuola",
    "pre e post scuola",
    "anziani",
    "assistenza domiciliare",
    "servizi per le famiglie",
    "sportello",
    "welfare aziendale",
    "smart working",
    "lavoro agile",
    "conciliazione",
    "voucher",
    "cooperativa sociale",
    "attivita bambini Milano",
]


def counts(value):
    return [int(count) for count in value.split(",")]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed(function):
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def build_fresh(count):
    """Migrates, loads the seed, generates the services, then indexes once, timed."""
    from django.conf import settings
    from django.core.management import call_command

    # Index once, timed, after the data exists (saving each page would index it too).
    settings.WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = False
    call_command("migrate", verbosity=0)
    call_command("load_seed_content", "--skip-index", verbosity=0)
    generate_seconds, _ = timed(lambda: call_command("generate_demo_services", "--count", str(count), verbosity=0))
    rebuild_seconds, _ = timed(lambda: call_command("update_index", verbosity=0))
    return generate_seconds, rebuild_seconds


def run_child(count, repeat, kept):
    """Runs inside the database-specific process: builds the data, measures, prints JSON."""
    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    from bench.catalogue import load_average, prepare
    from search.outcome import SearchOutcome

    if kept:
        generate_seconds = rebuild_seconds = None
        prepare(count)
    else:
        generate_seconds, rebuild_seconds = build_fresh(count)
    started_load = load_average()

    def search(text):
        outcome = SearchOutcome(text, "")
        return outcome.results.count(), list(outcome.results[:10])

    client = Client()
    search_times, page_times, page_cpu, hits = [], [], [], {}
    for text in QUERIES:
        search(text)  # warm-up: not measured
        for _ in range(repeat):
            seconds, (total, _first_page) = timed(lambda text=text: search(text))
            search_times.append(seconds)
            hits[text] = total
            started_cpu = time.process_time()
            seconds, response = timed(lambda text=text: client.get("/cerca/", {"q": text}))
            page_cpu.append(time.process_time() - started_cpu)
            assert response.status_code == 200, (text, response.status_code)
            page_times.append(seconds)
    print(
        json.dumps(
            {
                "database": connection.vendor,
                "services": count,
                "generate_s": generate_seconds,
                "rebuild_s": rebuild_seconds,
                "search_p50_ms": 1000 * statistics.median(search_times),
                "search_p95_ms": 1000 * percentile(search_times, 0.95),
                "page_p50_ms": 1000 * statistics.median(page_times),
                "page_p95_ms": 1000 * percentile(page_times, 0.95),
                "page_cpu_p50_ms": 1000 * statistics.median(page_cpu),
                "page_cpu_p95_ms": 1000 * percentile(page_cpu, 0.95),
                "load": f"{started_load} → {load_average()}",
                "samples": len(search_times),
                "hits": hits,
            }
        )
    )


def postgres_database(base_url):
    import psycopg

    name = f"conciliazione_search_bench_{os.getpid()}"
    with psycopg.connect(f"{base_url}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with psycopg.connect(f"{base_url}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return f"{base_url}/{name}", drop


def measure(database, count, repeat, kept_url=None):
    tmp_dir = tempfile.mkdtemp(prefix="bench-search-")
    drop = None
    if kept_url:
        from bench.catalogue import ensure_postgres_database

        url = kept_url.replace("{count}", str(count))
        if url.startswith("postgres"):
            ensure_postgres_database(url)
    elif database == "postgres":
        url, drop = postgres_database(os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432"))
    else:
        url = f"sqlite:///{tmp_dir}/bench.sqlite3"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "conciliazione.settings.test",
        "DATABASE_URL": url,
        "MEDIA_ROOT": f"{tmp_dir}/media",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("ELASTICSEARCH_URL", None)
    try:
        result = subprocess.run(  # noqa: S603
            [sys.executable, "-m", "bench.search", "--child", "--count", str(count), "--repeat", str(repeat)]
            + (["--kept-database", url] if kept_url else []),
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    except subprocess.CalledProcessError as error:
        sys.stderr.write(error.stderr)
        raise
    finally:
        if drop:
            drop()
        shutil.rmtree(tmp_dir, ignore_errors=True)
    *said, figures = result.stdout.strip().splitlines()
    for line in said:  # what the preparation printed (a kept database's top-up)
        print(line)
    return json.loads(figures)


def report(figures):
    built = f"rebuild {figures['rebuild_s']:6.1f} s  " if figures["rebuild_s"] is not None else "kept database  "
    generated = f"; demo data {figures['generate_s']:.0f} s" if figures["generate_s"] is not None else ""
    print(
        f"{figures['database']:<10} {figures['services']:>7} services  {built}"
        f"search p50 {figures['search_p50_ms']:6.1f} ms  p95 {figures['search_p95_ms']:6.1f} ms  "
        f"/cerca/ p50 {figures['page_p50_ms']:6.1f} ms  p95 {figures['page_p95_ms']:6.1f} ms  "
        f"CPU p50 {figures['page_cpu_p50_ms']:6.1f} / p95 {figures['page_cpu_p95_ms']:6.1f} ms  "
        f"({figures['samples']} searches{generated}; {figures['load']})"
    )
    print("  results per query: " + ", ".join(f"{query!r} {hits}" for query, hits in figures["hits"].items()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=counts, default=[10_000], help="size(s), comma separated")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument("--kept-database", help="a database URL kept between runs ({count}: the size)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_child(args.count[0], args.repeat, bool(args.kept_database))
        return
    for count in args.count:
        print(f"Search benchmark: {len(QUERIES)} queries x {args.repeat}, {count} demo services")
        if args.kept_database:
            report(measure("kept", count, args.repeat, args.kept_database))
            continue
        for database in args.databases.split(","):
            report(measure(database.strip(), count, args.repeat))


if __name__ == "__main__":
    main()
