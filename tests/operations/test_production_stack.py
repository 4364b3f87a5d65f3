"""Every public page, served as `make run` serves it: gunicorn with the production settings
and collected static files. The other live-site tests use the test settings, so a setting
or a static file that only the test settings provide would go unnoticed there."""

import re
import secrets
import subprocess
import sys
import urllib.request
from urllib.parse import quote, urlsplit

import pytest

from goodpractices.guide.planner import NEEDS

from .live import ROOT, Database, LiveSite, get

# Pages reached by a visitor's input rather than by a link in the sitemap.
QUERIED_PAGES = [
    "/cerca/?q=famiglia",
    "/cerca/?q=" + quote("asilo nido"),
    "/servizi/?q=nido",
    "/buone-pratiche/?q=welfare",
    "/per-le-imprese/piano/?dimensione=piccola",
    "/en/cerca/?q=summer+camp",
    "/open-data/servizi.csv",
    "/open-data/cifre-regionali.json",
    "/open-data/feed/servizi/",
    "/healthz",
]


@pytest.fixture(scope="module")
def production_site(django_db_setup, tmp_path_factory):
    database = Database.create("production")
    static_root = tmp_path_factory.mktemp("static")
    live = LiveSite(
        database,
        DJANGO_SETTINGS_MODULE="conciliazione.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        SECURE_COOKIES="0",
        STATIC_ROOT=str(static_root),
    )
    live.env["SITE_BASE_URL"] = live.url
    subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "manage.py"), "collectstatic", "--noinput", "-v0"],
        env=live.env,
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    live.start()
    yield live
    live.stop()
    database.drop()


def sitemap_paths(site):
    status, _headers, body = get(f"{site.url}/sitemap.xml")
    assert status == 200
    paths = {urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", body)}
    for sub_sitemap in [p for p in paths if p.endswith(".xml")]:
        paths.discard(sub_sitemap)
        paths |= {urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", get(site.url + sub_sitemap)[2])}
    return sorted(paths)


def test_every_public_page_answers_under_the_production_settings(production_site):
    paths = sitemap_paths(production_site)
    assert len(paths) > 50, paths  # the seed's pages in both languages
    failures = {}
    plan = "/per-le-imprese/piano/?" + "&".join(f"bisogni={need.slug}" for need in NEEDS)
    for path in [*paths, *QUERIED_PAGES, plan]:
        status = get(production_site.url + path)[0]
        if status != 200:
            failures[path] = status
    assert not failures, failures


def test_static_files_of_a_page_are_served_from_the_manifest(production_site):
    _status, _headers, home = get(production_site.url + "/")
    assets = re.findall(r'(?:href|src)="(/static/[^"]+)"', home)
    assert assets, "the home page links no static file"
    assert all(re.search(r"\.[0-9a-f]{12}\.", asset) for asset in assets), assets  # hashed names
    statuses = {}
    for asset in assets:
        with urllib.request.urlopen(production_site.url + asset, timeout=30) as response:  # noqa: S310 - local test server
            statuses[asset] = response.status
    assert statuses == dict.fromkeys(assets, 200)
