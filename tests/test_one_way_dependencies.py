"""Dependencies flow one way. The base apps (`home`, `search`) and the infrastructure apps
(`caching`, `hardening`, `operations`) import no feature app, in Python or through their
templates (the tag libraries they load, the templates they include or extend); feature apps
add to them through Wagtail hooks and registries. Among themselves the base apps depend
only as BASE_APPS allows."""

import ast
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.template import engines

from tests.apps_of_ours import apps_of_ours

ROOT = Path(settings.BASE_DIR)
# Each base app and the base apps it may import (a keeper registered with search's memo; the
# minimal error page of operations).
BASE_APPS = {
    "home": set(),
    "search": set(),
    "operations": set(),
    "hardening": {"operations"},
    "caching": {"search"},
}
LOAD_TAG = "{% load "
TEMPLATE_NAME = re.compile(r"""\{%\s*(?:include|extends)\s+["']([^"']+)["']""")


def top_package(module):
    return module.split(".", 1)[0]


def python_imports(source):
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.module


def loaded_libraries(template_text):
    """The names after every {% load %} (a `from` form names its library last)."""
    for chunk in template_text.split(LOAD_TAG)[1:]:
        words = chunk.split("%}", 1)[0].split()
        yield from (words[-1:] if "from" in words else words)


def template_apps(template_text, libraries):
    """The apps a template reaches: its tag libraries' and the folders it includes or extends."""
    for name in loaded_libraries(template_text):
        yield top_package(libraries.get(name, name)), f"loads {name}"
    for name in TEMPLATE_NAME.findall(template_text):
        yield name.split("/", 1)[0], f"includes {name}"


def forbidden(app):
    return set(apps_of_ours()) - {app} - BASE_APPS[app]


def python_violations(app):
    for path in sorted((ROOT / app).rglob("*.py")):
        for module in python_imports(path.read_text()):
            if top_package(module) in forbidden(app):
                yield f"{path.relative_to(ROOT)} imports {module}"


def template_violations(app):
    libraries = engines["django"].engine.libraries  # name -> module path
    folders = [ROOT / "templates" / app, ROOT / app / "templates"]
    for path in sorted(path for folder in folders for path in folder.rglob("*.html")):
        for reached, how in template_apps(path.read_text(), libraries):
            if reached in forbidden(app):
                yield f"{path.relative_to(ROOT)} {how}"


def test_the_base_apps_are_apps_of_ours():
    assert set(BASE_APPS) <= set(apps_of_ours())


@pytest.mark.parametrize("app", sorted(BASE_APPS))
def test_base_app_python_imports_no_feature_app(app):
    assert list(python_violations(app)) == []


@pytest.mark.parametrize("app", sorted(BASE_APPS))
def test_base_app_templates_reach_no_feature_app(app):
    assert list(template_violations(app)) == []


def test_the_checks_see_a_feature_import_a_tag_library_and_an_include():
    source = "import services_catalog.models\nfrom goodpractices.library import x\nfrom . import y\n"
    assert list(python_imports(source)) == ["services_catalog.models", "goodpractices.library"]
    template = '{% load i18n services_tags %}{% load age_range from services_tags %}{% include "opendata/x.html" %}'
    assert [reached for reached, _ in template_apps(template, {})] == [
        "i18n",
        "services_tags",
        "services_tags",
        "opendata",
    ]
    assert "services_catalog" in forbidden("home") and "search" not in forbidden("caching")
