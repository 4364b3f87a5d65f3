"""`make bench-load`: the site under load, as `make run` serves it.

For each database (SQLite, PostgreSQL) it builds a separate bench database with the seed
content plus demo services and practices (the catalogue's and library's generators),
serves it with gunicorn (production settings, 2 workers, whitenoise), drives load with
wrk from another process and prints, per page: requests/s, p50/p95/p99, errors, SQL
queries and worker memory; uncached (page cache off) and cached (page cache on, the
default). The SQL query count is measured with 100 and with the full number of services:
it must not grow. The figures and the machine are written to their section of bench/RESULTS.md."""

import argparse
import concurrent.futures
import json
import os
import platform
import secrets
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from bench.results_file import write_section

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
PYTHON = sys.executable
WRK_SCRIPT = ROOT / "bench" / "wrk_report.lua"
STATIC_FILE = "/static/css/site.css"
SMALL_SERVICES = 100
WORKERS = 2
WARMING_REQUESTS = 10
WARMING_SECONDS = 2


def database_urls(suffix=""):
    return {
        "SQLite": f"sqlite:///{OUT}/bench{suffix}.sqlite3",
        "PostgreSQL": os.environ.get(
            "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/conciliazione_bench_issue9"
        )
        + suffix,
    }


def environment(database_url, label, **extra):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "conciliazione.settings.production",
        "SECRET_KEY": os.environ.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(50),
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "STATIC_ROOT": str(OUT / "staticfiles"),
        "MEDIA_ROOT": str(OUT / "media"),
        "SHARED_CACHE_DIR": str(OUT / f"cache-{label}"),
        "LOG_LEVEL": "ERROR",
        # The open-data rate limit answers one client's burst with 429 (tested on its own);
        # here it would count as errors and hide the API's throughput.
        "OPENDATA_RATE_LIMIT": "1000000/minute",
        **extra,
    }


def manage(env, *args, capture=True):
    result = subprocess.run(  # noqa: S603
        [PYTHON, str(ROOT / "manage.py"), *args], env=env, cwd=ROOT, capture_output=capture, text=True
    )
    if result.returncode:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def run_json(env, script, *args):
    output = subprocess.run(  # noqa: S603
        [PYTHON, str(ROOT / "bench" / script), *args], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def has_command(env, name):
    return name in manage(env, "help", "--commands")


def reset_postgres(url):
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def reset(url):
    if url.startswith("sqlite"):
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
    else:
        reset_postgres(url)


def build_database(label, url, env, services, practices, rebuild):
    """Returns the seconds the build took (kept in a marker file, so that a second
    `make bench` reuses the database)."""
    marker = OUT / f"{label}.built.json"
    wanted = {"services": services, "practices": practices}
    if marker.exists() and not rebuild:
        built = json.loads(marker.read_text())
        if built["wanted"] == wanted:
            return built["build_seconds"]
    started = time.monotonic()
    reset(url)
    shutil.rmtree(OUT / f"cache-{label}", ignore_errors=True)
    print(f"[{label}] migrazioni e contenuti seed…", flush=True)
    manage(env, "migrate", "--noinput")
    manage(env, "load_seed_content")
    print(f"[{label}] {services} servizi dimostrativi…", flush=True)
    manage(env, "generate_demo_services", "--count", str(services))
    if has_command(env, "generate_demo_practices"):
        print(f"[{label}] {practices} buone pratiche dimostrative…", flush=True)
        manage(env, "generate_demo_practices", "--count", str(practices))
    build_seconds = time.monotonic() - started
    marker.write_text(json.dumps({"wanted": wanted, "build_seconds": build_seconds}))
    return build_seconds


def small_query_counts(label, url, env):
    """SQL queries per page with the seed content and SMALL_SERVICES demo services, on a database
    of their own built afresh by the code being measured (the large one is kept between runs)."""
    reset(url)
    small_env = {**env, "DATABASE_URL": url, "SHARED_CACHE_DIR": str(OUT / f"cache-{label}-small")}
    manage(small_env, "migrate", "--noinput")
    manage(small_env, "load_seed_content")
    manage(small_env, "generate_demo_services", "--count", str(SMALL_SERVICES))
    pages = run_json(small_env, "pages.py")
    counted = run_json(small_env, "querycount.py", *pages.values())
    return {name: counted[path]["queries"] for name, path in pages.items()}


def ensure_database(label, url, rebuild):
    """A PostgreSQL database exists before the first migrate (SQLite creates its file)."""
    if label == "PostgreSQL" and (rebuild or not (OUT / f"{label}.built.json").exists()):
        reset_postgres(url)


def prepare(label, url, env, args):
    ensure_database(label, url, args.rebuild)
    manage(env, "migrate", "--noinput")
    if label == "SQLite":
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    build_seconds = build_database(label, url, env, args.services, args.practices, args.rebuild)
    print(f"[{label}] conteggio delle query con {SMALL_SERVICES} servizi…", flush=True)
    return small_query_counts(label, database_urls("_small")[label], env), build_seconds


def unused_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn as `make run` starts it; another project's WSGI application (`make bench-peer`)
    with its own interpreter, directory and a page that answers when it is ready."""

    def __init__(self, env, python=PYTHON, application="conciliazione.wsgi:application", cwd=ROOT, ready="/healthz"):
        self.port = unused_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(  # noqa: S603
            [
                str(python),
                "-m",
                "gunicorn",
                application,
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(WORKERS),
                "--log-level",
                "warning",
            ],
            env=env,
            cwd=cwd,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(self.url + ready, timeout=2)  # noqa: S310 - local server
                return
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    self.stop()
                    raise SystemExit("gunicorn non si è avviato") from None
                time.sleep(0.3)

    def worker_rss_mb(self):
        children = subprocess.run(  # noqa: S603
            ["ps", "-o", "rss=", "--ppid", str(self.process.pid)],  # noqa: S607 - Debian's procps
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split()
        return max(int(kb) for kb in children) / 1024 if children else None

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def wrk(url, connections, seconds, headers=()):
    threads = min(connections, 2)
    header_args = [arg for header in headers for arg in ("-H", header)]
    output = subprocess.run(  # noqa: S603
        [  # noqa: S607 - Debian's wrk
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "10s",
            *header_args,
            "-s",
            str(WRK_SCRIPT),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result = json.loads(output.strip().splitlines()[-1])
    result["rps"] = result["requests"] / result["seconds"]
    return result


def warm(url, headers=()):
    """Every worker's first request compiles templates: sequential requests may all reach one
    worker, so a concurrent burst follows to reach each (each keeps its own catalogue facet
    index, built by its first catalogue request)."""
    request = urllib.request.Request(url, headers=dict(header.split(": ", 1) for header in headers))  # noqa: S310
    for _warm in range(WARMING_REQUESTS):
        urllib.request.urlopen(request, timeout=60).read()  # noqa: S310 - local server
    wrk(url, WORKERS * 2, WARMING_SECONDS, headers)


def measure(label, env, pages, connections, seconds):
    rows = []
    for mode, enabled in (("non in cache", "0"), ("in cache", "1")):
        server = Server({**env, "PAGE_CACHE_ENABLED": enabled})
        try:
            targets = dict(pages)
            if enabled == "1":
                targets["file statico"] = STATIC_FILE
            for name, path in targets.items():
                warm(server.url + path)
                row = {"db": label, "mode": mode, "page": name, "path": path}
                if enabled == "0":
                    row["one_client"] = wrk(server.url + path, 1, seconds)
                row["loaded"] = wrk(server.url + path, connections, seconds)
                rows.append(row)
                print(f"[{label}] {mode:12} {name:24} {row['loaded']['rps']:8.1f} req/s", flush=True)
            for row in rows:
                if row["mode"] == mode:
                    row["rss_mb"] = server.worker_rss_mb()
        finally:
            server.stop()
    return rows


def machine():
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory_kb = int(Path("/proc/meminfo").read_text().split()[1])
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "memory_gb": round(memory_kb / 1024 / 1024, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "load average at start (1/5/15 min)": " / ".join(f"{x:.1f}" for x in os.getloadavg()),
        "wrk": subprocess.run(["wrk", "-v"], capture_output=True, text=True, check=False).stdout.split("\n")[0],  # noqa: S607
    }


def postgres_version(url):
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute("SHOW server_version").fetchone()[0]


def fmt(value, digits=1):
    return "–" if value is None else f"{value:,.{digits}f}".replace(",", " ")


def report(results, info, args):
    lines = [
        "# Benchmark results (`make bench-load`)",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by `bench/load.py`: {args.services:,} demo services and "
        f"{args.practices} demo practices on top of the seed content; gunicorn with {WORKERS} sync workers and "
        f"production settings (as `make run`); load by wrk in another process on the same machine; "
        f"{args.seconds} s per measure, one client and {args.connections} connections. "
        '"Non in cache": page cache off (`PAGE_CACHE_ENABLED=0`); "in cache": the default (file cache shared by '
        "the workers, as `make run` without `REDIS_URL`).",
        "",
        "## Machine",
        "",
        *[f"- {key}: {value}" for key, value in info.items()],
        "",
        "The load average above is the machine's, not the benchmark's: when it is far above the number of "
        "cores, other work shared the CPU with gunicorn and wrk, and every absolute figure below is "
        "pessimistic. Ratios (cached page against static file) are measured back to back on the same server, "
        f"so they suffer less. Each page is requested {WARMING_REQUESTS} times, then for {WARMING_SECONDS} s by "
        f"{WORKERS * 2} connections, before it is measured, so that both workers have compiled its templates and "
        "built their catalogue facet index (and, cached, stored it). SQL queries are counted in-process "
        "with the page cache off, after one warming request, first on a database built afresh with the seed "
        f"content plus {SMALL_SERVICES} demo services, then with the full data set.",
        "",
    ]
    for label, data in results.items():
        lines += [
            f"## {label}",
            "",
            f"Database built in {fmt(data['build_seconds'], 0)} s.",
            "",
            "| page | mode | 1 client p50 / p95 / p99 ms | 1 client req/s | "
            f"{args.connections} conn. req/s | p50 / p95 / p99 ms | errors | SQL queries ({SMALL_SERVICES} → "
            f"{args.services:,} services) | worker RSS MB |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for row in data["rows"]:
            one = row.get("one_client")
            loaded = row["loaded"]
            queries = data["queries"].get(row["path"], {}).get("queries")
            small = data["small_queries_by_name"].get(row["page"])
            lines.append(
                f"| {row['page']} | {row['mode']} | "
                + (
                    f"{fmt(one['p50_ms'])} / {fmt(one['p95_ms'])} / {fmt(one['p99_ms'])} | {fmt(one['rps'])} | "
                    if one
                    else "– | – | "
                )
                + f"{fmt(loaded['rps'])} | "
                + f"{fmt(loaded['p50_ms'])} / {fmt(loaded['p95_ms'])} / {fmt(loaded['p99_ms'])} | "
                + f"{loaded['errors'] + loaded['non_2xx_3xx']} | "
                + (f"{small} → {queries}" if queries is not None and row["mode"] == "non in cache" else "–")
                + f" | {fmt(row.get('rss_mb'))} |"
            )
        lines += ["", "Targets:", "", *[f"- {'✅' if ok else '❌'} {text}" for ok, text in data["targets"]], ""]
    return "\n".join(lines)


def targets(rows, queries, small_by_name):
    static = next(r["loaded"]["rps"] for r in rows if r["page"] == "file statico")
    checks = []
    catalogue = next(r for r in rows if r["page"].startswith("catalogo") and r["mode"] == "non in cache")
    p95 = catalogue["one_client"]["p95_ms"]
    checks.append((p95 < 100, f"uncached catalogue, one client: p95 {fmt(p95)} ms (target < 100 ms)"))
    for row in rows:
        if row["mode"] == "in cache" and row["page"] != "file statico":
            ratio = row["loaded"]["rps"] / static
            checks.append(
                (
                    ratio >= 0.5,
                    f"cached {row['page']}: {fmt(ratio * 100, 0)}% of the static file's "
                    f"{fmt(static)} req/s (target ≥ 50%)",
                )
            )
    for row in rows:
        if row["mode"] == "non in cache":
            small, large = small_by_name.get(row["page"]), queries.get(row["path"], {}).get("queries")
            if small is not None and large is not None:
                checks.append((large <= small, f"{row['page']}: {small} → {large} SQL queries (must not grow)"))
    rss = max(r.get("rss_mb") or 0 for r in rows)
    checks.append((rss < 200, f"largest worker {fmt(rss)} MB (target < 200 MB)"))
    errors = sum(r["loaded"]["errors"] + r["loaded"]["non_2xx_3xx"] for r in rows)
    checks.append((errors == 0, f"{errors} errors or non-2xx answers under load"))
    return checks


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--services", type=int, default=int(os.environ.get("BENCH_SERVICES", "10000")))
    parser.add_argument("--practices", type=int, default=int(os.environ.get("BENCH_PRACTICES", "500")))
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS", "8")))
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--databases", default=os.environ.get("BENCH_DATABASES", "SQLite,PostgreSQL"))
    parser.add_argument("--rebuild", action="store_true", help="Ricrea i database anche se già pronti.")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk non trovato: `make bench-deps` (apt-get install wrk).")
    OUT.mkdir(parents=True, exist_ok=True)
    info, results = machine(), {}
    chosen = {label: url for label, url in database_urls().items() if label in args.databases.split(",")}
    envs = {label: environment(url, label) for label, url in chosen.items()}
    # The databases are built side by side (building is not measured), then measured one at a time.
    with concurrent.futures.ThreadPoolExecutor() as pool:
        builds = {label: pool.submit(prepare, label, url, envs[label], args) for label, url in chosen.items()}
        built = {label: future.result() for label, future in builds.items()}
    for label, url in chosen.items():
        env = envs[label]
        if label == "PostgreSQL":
            info["postgresql"] = postgres_version(url)
        small_by_name, build_seconds = built[label]
        pages = run_json(env, "pages.py")
        queries = run_json(env, "querycount.py", *pages.values())
        rows = measure(label, env, pages, args.connections, args.seconds)
        results[label] = {
            "rows": rows,
            "queries": queries,
            "small_queries_by_name": small_by_name,
            "build_seconds": build_seconds,
            "targets": targets(rows, queries, small_by_name),
        }
        (OUT / f"results-{label}.json").write_text(json.dumps(results[label], indent=1))
    info["load average at end (1/5/15 min)"] = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    text = report(results, info, args)
    write_section("bench-load", text)
    print(text)


if __name__ == "__main__":
    main()
