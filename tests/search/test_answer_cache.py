"""The search page's answer is kept per language, day, host, text, type and page until content
changes (search.answer.kept_answer): a repeated search runs no search; a publish, an unpublish
or a new day answers afresh; every request still counts as a search."""

import datetime
import re

import pytest
from django.utils import timezone

from search import answer, views
from tests.recorded_calls import recorded_calls

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fragments_on")]


def titles(client, **params):
    html = client.get("/cerca/", params).content.decode()
    return re.findall(r'<h2 class="h5 mb-1"><a href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def searches(monkeypatch):
    """The searches run (the text of each SearchOutcome built)."""
    return recorded_calls(monkeypatch, answer, "SearchOutcome", lambda text, type_key: text)


@pytest.fixture
def counted(monkeypatch):
    """The searches counted for the editors' statistics."""
    hits = []
    monkeypatch.setattr(views, "record_hit", lambda text, missing=None: hits.append(text))
    return hits


def test_a_repeated_search_is_answered_from_the_kept_answer(client, make_page, searches, counted):
    make_page("Pagina della cannella", "Cannella in polvere.")
    assert titles(client, q="cannella") == ["Pagina della cannella"]
    assert titles(client, q="cannella") == ["Pagina della cannella"]
    assert searches == ["cannella"]
    assert counted == ["cannella", "cannella"]


def test_each_text_type_and_page_has_its_own_answer(client, make_page, searches):
    make_page("Pagina della cannella", "Cannella in polvere.")
    titles(client, q="cannella")
    titles(client, q="cannella", page="2")
    titles(client, q="cannella", tipo="home.standardpage")
    titles(client, q="zenzero")
    assert len(searches) == 4


def test_a_publish_an_unpublish_and_a_new_day_answer_afresh(
    client, make_page, searches, monkeypatch, django_capture_on_commit_callbacks
):
    make_page("Pagina della cannella", "Cannella in polvere.")
    assert titles(client, q="cannella") == ["Pagina della cannella"]
    second = make_page("Altra cannella", "Cannella in stecche.", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        second.save_revision().publish()
    assert sorted(titles(client, q="cannella")) == ["Altra cannella", "Pagina della cannella"]
    second.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        second.unpublish()
    assert titles(client, q="cannella") == ["Pagina della cannella"]
    assert len(searches) == 3
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda: tomorrow)
    titles(client, q="cannella")
    assert len(searches) == 4  # a service may have expired overnight


def test_a_refused_type_is_kept_as_a_400(client, searches):
    assert client.get("/cerca/", {"q": "cannella", "tipo": "nessuna.pagina"}).status_code == 400
    assert client.get("/cerca/", {"q": "cannella", "tipo": "nessuna.pagina"}).status_code == 400
    assert len(searches) == 1
