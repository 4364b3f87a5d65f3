"""The search page's counts per page type are kept per language, day and query text until content
changes (search.outcome.kept_type_facets): a publish or an unpublish counts afresh."""

import datetime
import re

import pytest
from django.utils import timezone, translation

from search import outcome

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fragments_on")]


def type_counts(client, url, text):
    html = client.get(url, {"q": text}).content.decode()
    return re.findall(r"tipo=([a-z_]+\.[a-z]+)[^>]*>([^<(]+) \((\d+)\)", html)


@pytest.fixture
def counted(monkeypatch):
    """How many times the counts were computed."""
    calls = []

    def counting(results):
        calls.append(results)
        return original(results)

    original = outcome.type_facets
    monkeypatch.setattr(outcome, "type_facets", counting)
    return calls


def test_counts_are_kept_until_a_publish_or_an_unpublish(
    client, make_page, counted, monkeypatch, django_capture_on_commit_callbacks
):
    make_page("Pagina dello zucchero", "Zucchero di canna.")
    assert type_counts(client, "/cerca/", "zucchero") == [("home.standardpage", "Pagina informativa", "1")]
    assert type_counts(client, "/cerca/", "zucchero") == [("home.standardpage", "Pagina informativa", "1")]
    assert len(counted) == 1
    second = make_page("Altro zucchero", "Zucchero a velo.", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        second.save_revision().publish()
    assert type_counts(client, "/cerca/", "zucchero") == [("home.standardpage", "Pagina informativa", "2")]
    second.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        second.unpublish()
    assert type_counts(client, "/cerca/", "zucchero") == [("home.standardpage", "Pagina informativa", "1")]
    assert len(counted) == 3
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda: tomorrow)
    type_counts(client, "/cerca/", "zucchero")
    assert len(counted) == 4  # a service may have expired overnight


@pytest.fixture
def italian_afterwards(settings):
    """The English page leaves its language active in this thread: later tests expect Italian."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.mark.usefixtures("italian_afterwards")
def test_counts_are_kept_per_language_and_query(client, settings):
    kept = {
        (url, text): type_counts(client, url, text)
        for url in ("/cerca/", "/en/cerca/")
        for text in ("Lecco", "conciliazione")
    }
    settings.FRAGMENT_CACHE_TIMEOUT = 0  # counted afresh
    fresh = {(url, text): type_counts(client, url, text) for url, text in kept}
    assert kept == fresh
    assert kept["/cerca/", "Lecco"] != kept["/en/cerca/", "Lecco"]
    assert kept["/cerca/", "Lecco"] != kept["/cerca/", "conciliazione"]
