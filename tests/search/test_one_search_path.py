"""One search path: the catalogue's and the library's text queries (and the open-data API)
go through search.entry, with the thesaurus, and an engine that does not answer gives the
503 page there too. No app of ours calls a search backend itself."""

import ast
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings

from search.models import SynonymGroup
from tests.apps_of_ours import apps_of_ours
from tests.search.test_elasticsearch import ES_SETTINGS

ROOT = Path(settings.BASE_DIR)
QUERYSET_CALLS = {"search", "autocomplete"}
BACKEND_GETTERS = {"get_search_backend", "get_search_backends"}


def backend_calls(path):
    """(line, name) of calls of a queryset's `.search(…)` or `.autocomplete(…)` and of the
    backend getters (`search(…)` alone is search.entry's)."""
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        if isinstance(function, ast.Attribute) and function.attr in QUERYSET_CALLS:
            receiver = function.value
            # `re.search`, `PATTERN.search`: regular expressions, not a backend.
            if isinstance(receiver, ast.Name) and (receiver.id == "re" or receiver.id.isupper()):
                continue
            yield node.lineno, function.attr
        elif getattr(function, "id", getattr(function, "attr", "")) in BACKEND_GETTERS:
            yield node.lineno, getattr(function, "id", getattr(function, "attr", ""))


def test_no_app_calls_a_search_backend_itself():
    offenders = [
        f"{path.relative_to(ROOT)}:{line} {name}"
        for app in apps_of_ours()
        if app != "search"
        for path in sorted((ROOT / app).rglob("*.py"))
        if "migrations" not in path.parts
        for line, name in backend_calls(path)
    ]
    assert offenders == []


def test_the_check_finds_a_direct_call(tmp_path):
    module = tmp_path / "catalogue.py"
    module.write_text("def find(pages, text):\n    return pages.search(text, operator='and')\n")
    assert list(backend_calls(module)) == [(2, "search")]


@pytest.mark.django_db
def test_catalogue_and_library_apply_the_thesaurus(client):
    SynonymGroup.objects.create(name="Prova", terms="ludobus\nfamiglie creative")
    catalogue = client.get("/servizi/", {"q": "ludobus"})
    assert catalogue.status_code == 200
    assert "Bando famiglie creative" in catalogue.content.decode()
    library = client.get("/buone-pratiche/", {"q": "ludobus"})
    assert library.status_code == 200
    assert "Bando famiglie creative" in library.content.decode()


@pytest.mark.django_db
@override_settings(WAGTAILSEARCH_BACKENDS=ES_SETTINGS)
@pytest.mark.parametrize("path", ["/servizi/", "/buone-pratiche/"])
def test_an_engine_that_does_not_answer_gives_the_503_page(client, path):
    response = client.get(path, {"q": "nido"})
    assert response.status_code == 503
    assert "Il servizio di ricerca non risponde in questo momento" in response.content.decode()
