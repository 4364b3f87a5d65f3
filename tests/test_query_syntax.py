"""Characters that are syntax to a search engine (FTS5 quotes, brackets, operators) in the
text box of every searchable page: a normal answer, never a 500."""

import pytest

pytestmark = pytest.mark.django_db

QUERIES = ['"AND(', '"', 'a"b', "NEAR(", "*", "bambini OR", "-", "^x", "a AND", ")", "nido*", "'"]
PATHS = ["/cerca/", "/cerca/suggerimenti/", "/servizi/", "/buone-pratiche/"]


@pytest.mark.parametrize("query", QUERIES)
def test_search_syntax_never_breaks_a_page(client, query):
    for path in PATHS:
        response = client.get(path, {"q": query})
        assert response.status_code in (200, 400), (path, query, response.status_code)


def test_suggestions_read_words_only(client):
    response = client.get("/cerca/suggerimenti/", {"q": '"Rete territoriale di conciliazione di Lec'})
    assert response.status_code == 200
    assert any("Lecco" in result["title"] for result in response.json()["results"])
