"""`make bench-peer`: our pages side by side with the reference Wagtail demo, wagtail/bakerydemo.

It takes a local clone of bakerydemo (its path in BAKERYDEMO_DIR: this script never downloads
it, and CI never runs it), installs it in a virtualenv of its own under bench/out/ (its base
requirements from PyPI, plus the production ones a server here needs and our gunicorn), loads
its initial data, and serves both sites at once with gunicorn, 2 sync workers, production
settings, on SQLite (or PostgreSQL with --postgres). Ours runs on `make bench-load`'s database
(10,000 demo services and 500 practices, built once and kept in bench/out/).

wrk then requests each pair of pages interleaved A B B A (A bakerydemo, B ours), with 8
connections and with one, uncached (a cookie on both sides: our page cache serves no request
that carries one; bakerydemo has no page cache) and cached (no cookie). Each pair's ratio is our
requests/s over bakerydemo's: above 1, ours is faster. For each run it reads the machine's busy
CPU (/proc/stat) and each server's processes (/proc/<pid>/stat) and reports the CPU that other
processes used meanwhile, so a run disturbed by the rest of the machine shows it.
The figures go to bench/out/peer-results.json and into their section of bench/RESULTS.md."""

import argparse
import json
import os
import re
import resource
import secrets
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bench import load
from bench.results_file import write_section

PEER_OUT = load.OUT / "bakerydemo"
PEER_VENV = load.OUT / "bakerydemo-venv"
PEER_SETTINGS_MODULE = "bakerydemo_bench_settings"
PEER_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/bakerydemo_bench"
# bakerydemo's production requirements that a server here needs (the rest are cloud storage,
# Elasticsearch and uwsgi); gunicorn is ours, at our pinned version, so both run the same server.
PEER_PRODUCTION_PACKAGES = ("whitenoise", "psycopg")
COOKIE = "Cookie: bench_peer=1"
CONNECTIONS = (8, 1)
ORDER = ("peer", "ours", "ours", "peer")
TICKS = os.sysconf("SC_CLK_TCK")

# Production settings with the files kept out of the clone.
PEER_SETTINGS = """from bakerydemo.settings.production import *  # noqa: F403

STATIC_ROOT = {static!r}
MEDIA_ROOT = {media!r}
"""


@dataclass(frozen=True)
class Pair:
    name: str
    peer: str
    ours: str
    cached_only: bool = False


PAIRS = (
    Pair("search `?q=bread` vs catalogue, query + 3 filters", "search", "catalogue"),
    Pair("bread detail vs a service sheet", "bread", "sheet"),
    Pair("search vs `/cerca/?q=famiglia`", "search", "site search"),
    Pair("`/breads/` vs `/servizi/`", "breads", "services"),
    Pair("static CSS vs our home", "static", "home", cached_only=True),
)
MODES = {"uncached (cookie)": (COOKIE,), "cached": ()}


# --- bakerydemo's installation -------------------------------------------------------------


def working_interpreter(candidate):
    """The real executable behind a name (a pyenv shim names versions it may not select)."""
    result = subprocess.run(  # noqa: S603
        [candidate, "-c", "import sys; print(sys.executable)"], capture_output=True, text=True, check=False
    )
    return result.stdout.strip() if result.returncode == 0 else None


def peer_python(clone, chosen):
    """The interpreter the clone names in runtime.txt (python3.X on PATH or under pyenv), unless
    one is chosen."""
    if chosen:
        return chosen
    runtime = clone / "runtime.txt"
    version = re.match(r"python-(\d+\.\d+)", runtime.read_text().strip()) if runtime.exists() else None
    if not version:
        return sys.executable
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates = [shutil.which(f"python{version[1]}"), *map(str, sorted(pyenv.glob(f"{version[1]}*/bin/python3")))]
    found = next((python for python in filter(None, candidates) if working_interpreter(python)), None)
    if not found:
        raise SystemExit(f"Python {version[1]} non trovato: indicarlo con --peer-python o BAKERYDEMO_PYTHON.")
    return working_interpreter(found)


def peer_requirements(clone):
    production = (clone / "requirements" / "production.txt").read_text().splitlines()
    ours = (load.ROOT / "requirements.txt").read_text().splitlines()
    return [
        "-r",
        str(clone / "requirements" / "base.txt"),
        *(line.strip() for line in production if line.startswith(PEER_PRODUCTION_PACKAGES)),
        next(line.strip() for line in ours if line.startswith("gunicorn==")),
    ]


def run(command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)  # noqa: S603
    if result.returncode:
        raise SystemExit(f"{' '.join(map(str, command))} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def install_peer(clone, python):
    """A virtualenv under bench/out/, reinstalled only when the requirements change."""
    requirements = peer_requirements(clone)
    wanted = {"python": python, "requirements": requirements, "base": Path(requirements[1]).read_text()}
    marker = PEER_VENV / "bench-installed.json"
    if marker.exists() and json.loads(marker.read_text()) == wanted:
        return
    print(f"[bakerydemo] virtualenv in {PEER_VENV} ({python})…", flush=True)
    shutil.rmtree(PEER_VENV, ignore_errors=True)
    run([python, "-m", "venv", str(PEER_VENV)])
    run([str(PEER_VENV / "bin" / "pip"), "install", "--quiet", *requirements])
    marker.write_text(json.dumps(wanted))


def peer_environment(clone, database_url, label):
    """Media files per database: each database's image renditions name files in its own."""
    PEER_OUT.mkdir(parents=True, exist_ok=True)
    settings = PEER_SETTINGS.format(static=str(PEER_OUT / "static"), media=str(PEER_OUT / f"media-{label}"))
    (PEER_OUT / f"{PEER_SETTINGS_MODULE}.py").write_text(settings)
    return {
        **{key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_"))},
        "DJANGO_SETTINGS_MODULE": PEER_SETTINGS_MODULE,
        "PYTHONPATH": os.pathsep.join((str(PEER_OUT), str(clone))),
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_LOG_LEVEL": "WARNING",
        "SECURE_SSL_REDIRECT": "False",  # plain HTTP here, as ours (load.environment)
        "DATABASE_URL": database_url,
    }


def peer_manage(clone, env, *args):
    return run([str(PEER_VENV / "bin" / "python"), str(clone / "manage.py"), *args], env=env, cwd=clone)


def build_peer(clone, env, label, url, rebuild):
    """migrate, load_initial_data and collectstatic, once per clone commit and database."""
    commit = run(["git", "-C", str(clone), "rev-parse", "HEAD"]).strip()  # noqa: S607
    marker = PEER_OUT / f"{label}.built.json"
    if marker.exists() and json.loads(marker.read_text()) == {"commit": commit} and not rebuild:
        return commit
    print(f"[bakerydemo] {label}: migrate, load_initial_data, collectstatic…", flush=True)
    load.reset(url)
    shutil.rmtree(PEER_OUT / f"media-{label}", ignore_errors=True)
    peer_manage(clone, env, "migrate", "--noinput")
    peer_manage(clone, env, "load_initial_data")
    peer_manage(clone, env, "collectstatic", "--noinput", "--verbosity", "0")
    marker.write_text(json.dumps({"commit": commit}))
    return commit


def peer_pages(clone, env):
    bread = peer_manage(
        clone,
        env,
        "shell",
        "-c",
        "from bakerydemo.breads.models import BreadPage; print(BreadPage.objects.live().order_by('pk').first().url)",
    )
    return {
        "search": "/search/?q=bread",
        "bread": bread.strip().splitlines()[-1],  # Django's shell may first list its automatic imports
        "breads": "/breads/",
        "static": "/static/css/main.css",
    }


# --- our site --------------------------------------------------------------------------------


def prepare_ours(label, url, env, args):
    print(f"[nostro] {label}: migrate, collectstatic, database di `make bench-load`…", flush=True)
    load.ensure_database(label, url, args.rebuild)
    load.manage(env, "migrate", "--noinput")
    load.manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    build_seconds = load.build_database(label, url, env, args.services, args.practices, args.rebuild)
    pages = load.run_json(env, "pages.py")
    return build_seconds, {
        "catalogue": pages["catalogo (q + 3 filtri)"],
        "sheet": pages["scheda servizio"],
        "site search": "/cerca/?q=famiglia",
        "services": "/servizi/",
        "home": "/",
    }


def query_counts(python, env, cwd, pages):
    """SQL queries per page, uncached, in-process (bench/querycount.py runs in either project)."""
    output = run([str(python), str(load.ROOT / "bench" / "querycount.py"), *pages.values()], env=env, cwd=cwd)
    counted = json.loads(output.strip().splitlines()[-1])
    return {name: counted[path]["queries"] for name, path in pages.items()}


# --- CPU accounting --------------------------------------------------------------------------


def machine_busy_seconds():
    """CPU time the whole machine spent busy (every core), from the first line of /proc/stat."""
    user, nice, system, idle, iowait, irq, softirq, steal = map(int, Path("/proc/stat").read_text().split()[1:9])
    return (user + nice + system + irq + softirq + steal) / TICKS


def process_seconds(pid):
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def children(pid):
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if stat.read_text().rsplit(")", 1)[1].split()[1] == str(pid):
                found.append(int(stat.parent.name))
        except (FileNotFoundError, ProcessLookupError):
            continue
    return found


def server_pids(server):
    return [server.process.pid, *children(server.process.pid)]


def own_seconds():
    """This script and the children it has waited for (wrk)."""
    return sum(
        usage.ru_utime + usage.ru_stime
        for usage in (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
    )


def cpu_snapshot(servers):
    return {
        "machine": machine_busy_seconds(),
        "servers": {name: sum(process_seconds(pid) for pid in pids) for name, pids in servers.items()},
        "load": own_seconds(),
        "wall": time.monotonic(),
    }


# --- the measure -----------------------------------------------------------------------------


def measured_run(side, url, connections, seconds, headers, server_processes):
    before = cpu_snapshot(server_processes)
    result = load.wrk(url, connections, seconds, headers)
    after = cpu_snapshot(server_processes)
    wall = after["wall"] - before["wall"]
    servers = {name: after["servers"][name] - before["servers"][name] for name in server_processes}
    generator = after["load"] - before["load"]
    others = after["machine"] - before["machine"] - sum(servers.values()) - generator
    return {
        "side": side,
        "rps": result["rps"],
        "requests": result["requests"],
        "seconds": result["seconds"],
        "errors": result["errors"] + result["non_2xx_3xx"],
        "p50_ms": result["p50_ms"],
        "server_cpu_ms_per_request": servers[side] * 1000 / max(result["requests"], 1),
        "server_cores": servers[side] / wall,
        "wrk_cores": generator / wall,
        "other_cores": max(others, 0) / wall,
    }


def measure_pair(pair, mode, connections, seconds, servers, pages, server_processes):
    """A B B A: each side twice, so a slow drift of the machine weighs on both alike."""
    headers = MODES[mode]
    urls = {side: servers[side].url + pages[side][getattr(pair, side)] for side in ("peer", "ours")}
    runs = [measured_run(side, urls[side], connections, seconds, headers, server_processes) for side in ORDER]
    rps = {
        side: sum(r["requests"] for r in runs if r["side"] == side)
        / sum(r["seconds"] for r in runs if r["side"] == side)
        for side in ("peer", "ours")
    }
    return {
        "pair": pair.name,
        "mode": mode,
        "connections": connections,
        "rps": rps,
        "ratio": rps["ours"] / rps["peer"],
        "runs": runs,
    }


def measure(servers, pages, args):
    server_processes = {side: server_pids(server) for side, server in servers.items()}
    rows = []
    for mode, headers in MODES.items():
        for pair in PAIRS:
            if pair.cached_only and headers:
                continue
            for side in ("peer", "ours"):
                load.warm(servers[side].url + pages[side][getattr(pair, side)], headers)
            for connections in CONNECTIONS:
                row = measure_pair(pair, mode, connections, args.seconds, servers, pages, server_processes)
                rows.append(row)
                others = max(r["other_cores"] for r in row["runs"])
                print(
                    f"{mode:18} {connections} conn. {pair.name:52} bakerydemo {row['rps']['peer']:7.1f} "
                    f"nostro {row['rps']['ours']:7.1f} req/s  rapporto {row['ratio']:.2f}  "
                    f"(altri processi fino a {others:.2f} core)",
                    flush=True,
                )
    return rows


# --- the report ------------------------------------------------------------------------------


def fmt(value, digits=2):
    return load.fmt(value, digits)


def runs_cell(row, key, digits):
    return " ".join(fmt(r[key], digits) for r in row["runs"])


def report(rows, info, queries, memory, args):
    lines = [
        "## Side by side with bakerydemo (`make bench-peer`)",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by `bench/peer.py`: wagtail/bakerydemo at "
        f"{info['bakerydemo commit'][:10]} (its initial data) against ours ({args.services:,} demo services, "
        f"{args.practices} practices), both served at once by gunicorn, {load.WORKERS} sync workers each, "
        f"production settings, {info['database']}; wrk for {args.seconds} s a run, each pair interleaved "
        "A B B A (A bakerydemo, B ours). Ratio: our req/s over bakerydemo's (above 1, ours is faster). "
        "Uncached: a cookie on both sides (our page cache serves no request carrying one; bakerydemo has "
        "none). Server CPU: ms of CPU per request, each run, measured side's gunicorn processes. "
        "Other processes: cores used by everything but the two servers and wrk during each run.",
        "",
        *[f"- {key}: {value}" for key, value in info.items()],
        "- SQL queries per page, uncached (bakerydemo / ours): "
        + "; ".join(f"{pair.name}: {queries['peer'][pair.peer]} / {queries['ours'][pair.ours]}" for pair in PAIRS[:4]),
        f"- worker memory after the runs (bakerydemo / ours): {fmt(memory['peer'], 0)} / {fmt(memory['ours'], 0)} MB",
        "",
        "| pair (bakerydemo vs ours) | mode | conn. | bakerydemo req/s | ours req/s | **ratio** | "
        "server CPU ms/req, runs A B B A | other processes, cores, runs A B B A | errors |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        lines.append(
            f"| {row['pair']} | {row['mode']} | {row['connections']} | {fmt(row['rps']['peer'], 1)} | "
            f"{fmt(row['rps']['ours'], 1)} | **{fmt(row['ratio'])}** | "
            f"{runs_cell(row, 'server_cpu_ms_per_request', 1)} | "
            f"{runs_cell(row, 'other_cores', 2)} | {sum(r['errors'] for r in row['runs'])} |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bakerydemo", default=os.environ.get("BAKERYDEMO_DIR"), help="clone di wagtail/bakerydemo")
    parser.add_argument("--peer-python", default=os.environ.get("BAKERYDEMO_PYTHON"))
    parser.add_argument("--services", type=int, default=int(os.environ.get("BENCH_SERVICES", "10000")))
    parser.add_argument("--practices", type=int, default=int(os.environ.get("BENCH_PRACTICES", "500")))
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS", "5")))
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL invece di SQLite, per entrambi i siti")
    parser.add_argument("--rebuild", action="store_true", help="Ricrea i database anche se già pronti.")
    args = parser.parse_args()
    if not args.bakerydemo or not (Path(args.bakerydemo) / "manage.py").exists():
        raise SystemExit("BAKERYDEMO_DIR deve indicare un clone locale di wagtail/bakerydemo.")
    if not shutil.which("wrk"):
        raise SystemExit("wrk non trovato: `make bench-deps` (apt-get install wrk).")
    clone = Path(args.bakerydemo).resolve()
    load.OUT.mkdir(parents=True, exist_ok=True)
    label = "PostgreSQL" if args.postgres else "SQLite"
    ours_url = load.database_urls()[label]
    peer_url = (
        os.environ.get("BAKERYDEMO_POSTGRES_URL", PEER_POSTGRES_URL)
        if args.postgres
        else f"sqlite:///{PEER_OUT}/db.sqlite3"
    )
    python = peer_python(clone, args.peer_python)
    install_peer(clone, python)
    envs = {"peer": peer_environment(clone, peer_url, label), "ours": load.environment(ours_url, label)}
    commit = build_peer(clone, envs["peer"], label, peer_url, args.rebuild)
    build_seconds, our_pages = prepare_ours(label, ours_url, envs["ours"], args)
    pages = {"peer": peer_pages(clone, envs["peer"]), "ours": our_pages}
    queries = {
        "peer": query_counts(PEER_VENV / "bin" / "python", envs["peer"], clone, pages["peer"]),
        "ours": query_counts(load.PYTHON, {**envs["ours"], "PAGE_CACHE_ENABLED": "0"}, load.ROOT, pages["ours"]),
    }
    info = {
        "bakerydemo commit": commit,
        "database": label,
        "python (bakerydemo / ours)": f"{run([python, '--version']).strip()} / {sys.version.split()[0]}",
        "our bench database built in (s)": fmt(build_seconds, 0),
        "cores": os.cpu_count(),
        "load average at start (1/5/15 min)": " / ".join(f"{x:.1f}" for x in os.getloadavg()),
    }
    servers = {}
    try:
        servers["peer"] = load.Server(
            envs["peer"],
            python=PEER_VENV / "bin" / "python",
            application="bakerydemo.wsgi:application",
            cwd=clone,
            ready="/",
        )
        servers["ours"] = load.Server(envs["ours"])
        rows = measure(servers, pages, args)
        memory = {side: server.worker_rss_mb() for side, server in servers.items()}
    finally:
        for server in servers.values():
            server.stop()
    info["load average at end (1/5/15 min)"] = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    (load.OUT / "peer-results.json").write_text(json.dumps({"info": info, "pages": pages, "rows": rows}, indent=1))
    text = report(rows, info, queries, memory, args)
    write_section("bench-peer", text)
    print(text)


if __name__ == "__main__":
    main()
