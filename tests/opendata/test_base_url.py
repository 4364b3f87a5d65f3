"""Every absolute URL the open data publishes uses SITE_BASE_URL, whatever Host the request
came with (a proxy, a developer's `localhost`)."""

import re

import pytest
from django.test import override_settings
from wagtail.models import Site

from home.site_url import sync_default_site  # noqa

BASE = "https://conciliazione.example.org"
ENDPOINTS = [
    "/sitemap.xml",
    "/robots.txt",
    "/open-data/servizi.csv",
    "/open-data/buone-pratiche.csv",
    "/open-data/catalogo.jsonld",
    "/open-data/hsds/",
    "/open-data/hsds/services",
    "/open-data/hsds/taxonomy_terms?per_page=100",
    "/api/v2/services/",
    "/api/v2/pages/",
    "/open-data/feed/servizi/",
    "/open-data/feed/servizi/lecco/",
    "/open-data/feed/buone-pratiche/",
    "/open-data/feed/buone-pratiche/lecco/",
]
# References to other sites (schemas, licences, vocabularies, the services' own websites)
# are told apart by their hosts; every other absolute URL must be on the configured base.
EXTERNAL_HOSTS = re.compile(
    r"^https?://([a-z0-9-]+\.)*(w3\.org|schema\.org|purl\.org|xmlns\.com|dati\.gov\.it|creativecommons\.org|"
    r"openreferral\.org|europa\.eu|spdx\.org|json-schema\.org|sitemaps\.org|example\.org|"
    r"regione\.lombardia\.it|github\.com|opendatacommons\.org)(/|$)"
)
URL = re.compile(r"https?://[^\s\"'<>,;)\\]+")


@pytest.fixture
def configured_base(db):
    with override_settings(SITE_BASE_URL=BASE):
        sync_default_site()
        yield
    sync_default_site()


@pytest.mark.parametrize("path", ENDPOINTS)
def test_open_data_urls_use_the_configured_base(client, configured_base, path):
    response = client.get(path, HTTP_HOST="localhost")
    assert response.status_code == 200, path
    body = b"".join(response.streaming_content) if response.streaming else response.content
    urls = URL.findall(body.decode())
    assert any(url.startswith(BASE) for url in urls), f"{path} emits no URL of the site"
    wrong = sorted({url for url in urls if not url.startswith(BASE) and not EXTERNAL_HOSTS.match(url)})
    assert not wrong, f"{path}: {wrong[:5]}"


def test_the_default_site_follows_the_setting(configured_base):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("conciliazione.example.org", 443, BASE)
