"""The English pages speak English: no interface string of ours reaches them in Italian,
whether through gettext without an English entry or typed into a template."""

import pytest
from django.core.cache import cache

from tests.translations.untranslated import MissingTranslations, italian_words, visible_text

pytestmark = pytest.mark.django_db

PAGES = [
    "/en/",
    "/en/agreement/",
    "/en/services/",
    "/en/networks/",
    "/en/good-practices/",
    "/en/for-companies/",
    "/en/for-companies/care-children-teenagers/",
    "/en/for-companies/piano/?bisogni=figli-0-3&rete=lecco",
    "/en/for-companies/piano/?rete=lecco",
    "/en/cerca/?q=nursery",
    "/en/open-data/",
    "/en/mappa-del-sito/",
]


@pytest.fixture
def english_page(client, monkeypatch):
    def render(path):
        cache.clear()
        missing = MissingTranslations(monkeypatch)
        response = client.get(path, follow=True)
        assert response.status_code == 200, path
        return response.content.decode(), missing

    return render


@pytest.mark.parametrize("path", PAGES)
def test_every_interface_string_has_its_english_translation(english_page, path):
    _, missing = english_page(path)
    assert missing.ours() == []


@pytest.mark.parametrize("path", PAGES)
def test_no_italian_words_outside_parts_marked_italian(english_page, path):
    html, _ = english_page(path)
    found = {text: italian_words(text) for text in visible_text(html)}
    assert {text: words for text, words in found.items() if words} == {}
