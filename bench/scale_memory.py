"""Worker memory at scale: the resident memory (RSS) of a gunicorn worker, served as
bench/load.py serves the site (production settings, 2 sync workers, page cache off), after it
has answered the catalogue, a service sheet and search, on databases of several sizes.

    python -m bench.scale_memory DATABASE_URL [DATABASE_URL ...]

The databases are those bench/catalogue.py or bench-scale fills (kept between runs); each is
only read. Prints, per database, the services it holds and the largest worker's RSS."""

import argparse
import os
import urllib.request

from bench.load import OUT, WORKERS, Server, environment, manage, run_json, wrk

# Pages each worker answers before its memory is read: the catalogue unfiltered and filtered,
# a sheet, search.
REQUESTS_PER_PAGE = 6


def served_pages(env):
    pages = run_json(env, "pages.py")
    return ["/servizi/", pages["catalogo (q + 3 filtri)"], pages["scheda servizio"], "/cerca/?q=famiglia"]


def live_services(env):
    script = "from services_catalog.models import ServicePage; print(ServicePage.objects.live().count())"
    return int(manage(env, "shell", "-c", script).strip().splitlines()[-1])


def measure(url):
    env = environment(url, "scale-memory", PAGE_CACHE_ENABLED="0")
    if not (OUT / "staticfiles").exists():
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    services = live_services(env)
    pages = served_pages(env)
    server = Server(env)
    try:
        before = server.worker_rss_mb()
        for path in pages:
            for _request in range(REQUESTS_PER_PAGE):
                urllib.request.urlopen(server.url + path, timeout=120).read()  # noqa: S310 - local server
            wrk(server.url + path, WORKERS * 2, 3)  # reaches every worker
        after = server.worker_rss_mb()
    finally:
        server.stop()
    print(
        f"{url.split('@')[-1]}: {services} servizi pubblicati, worker RSS {before:.0f} MB all'avvio, "
        f"{after:.0f} MB dopo catalogo, scheda e ricerca (carico {os.getloadavg()[0]:.1f})",
        flush=True,
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("urls", nargs="+")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for url in args.urls:
        measure(url)


if __name__ == "__main__":
    main()
