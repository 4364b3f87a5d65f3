"""Site-wide behaviour: every internal link answers, error pages, health check."""

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "link" and attrs.get("rel") == "stylesheet":
            self.links.append(attrs["href"])


def internal_links(html, base):
    parser = LinkParser()
    parser.feed(html)
    for href in parser.links:
        url = urlparse(urljoin(base, href))
        if url.scheme in ("http", "https", "") and url.netloc in ("", "testserver") and not href.startswith("#"):
            yield url.path + (f"?{url.query}" if url.query else "")


def test_every_internal_link_answers_200(client):
    seen, queue, failures = set(), ["/"], []
    while queue:
        path = queue.pop()
        if path in seen or path.startswith("/admin/"):
            continue
        seen.add(path)
        response = client.get(path)
        if response.status_code != 200:
            failures.append((path, response.status_code))
            continue
        if "text/html" in response.get("Content-Type", ""):
            queue.extend(internal_links(response.content.decode(), path))
    assert not failures
    assert len(seen) >= 25
    # The editors' entry point leads to the admin login.
    assert Client().get("/admin/").status_code == 302


def test_pages_have_italian_language_skip_link_and_landmarks(client):
    html = client.get("/accordo/").content.decode()
    assert '<html lang="it">' in html
    assert 'href="#main-content"' in html and 'id="main-content"' in html
    assert re.search(r"<nav[^>]+aria-label=\"Percorso di navigazione\"", html)
    assert "Dichiarazione di accessibilità" in html and "Informativa privacy" in html and "CC BY 4.0" in html


def test_templates_have_no_inline_script_or_style(client):
    for path in ("/", "/accordo/azioni-delle-reti/", "/reti/lecco/", "/cerca/?q=reti", "/non-esiste/"):
        html = client.get(path).content.decode()
        # Scripts only from static files (progressive enhancement), never inline.
        assert not re.search(r"<script(?![^>]*\ssrc=)", html), path
        assert "<style" not in html and " style=" not in html, path


def test_unknown_page_gets_styled_404(client):
    response = client.get("/non-esiste/")
    assert response.status_code == 404
    assert "Pagina non trovata" in response.content.decode()
    assert "Conciliazione Lombardia" in response.content.decode()


def test_server_error_page_is_styled(rf):
    from conciliazione.errors import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Si è verificato un errore" in response.content.decode()


def test_healthz_answers_200_when_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "up"}


def test_healthz_answers_503_when_database_is_unreachable():
    """A real process whose database does not answer (nothing listens on port 1)."""
    script = (
        "import django, json; django.setup(); from django.test import Client; "
        "r = Client().get('/healthz'); print(json.dumps([r.status_code, r.json()]))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "conciliazione.settings.test",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:1/unreachable",
        "DB_CONN_MAX_AGE": "0",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    status, body = json.loads(result.stdout.strip().splitlines()[-1])
    assert status == 503
    assert body == {"status": "unavailable", "database": "down"}


def test_site_search_finds_agreement_pages(client):
    response = client.get("/cerca/", {"q": "Piano di Zona"})
    assert response.status_code == 200
    assert "Programmazione sociale di Zona" in response.content.decode()
