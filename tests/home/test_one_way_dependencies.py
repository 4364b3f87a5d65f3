"""home is the base app: it imports no feature app, in Python or through the template tag
libraries its templates load (feature apps add to its pages through Wagtail hooks)."""

import ast
from pathlib import Path

from django.conf import settings
from django.template import engines

FEATURE_APPS = {"services_catalog", "goodpractices", "editorial", "opendata", "translations", "search"}
ROOT = Path(settings.BASE_DIR)
LOAD_TAG = "{% load "


def top_package(module):
    return module.split(".", 1)[0]


def python_imports(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.module


def loaded_libraries(template_text):
    """The names after every {% load %} (a `from` form names its library last)."""
    for chunk in template_text.split(LOAD_TAG)[1:]:
        words = chunk.split("%}", 1)[0].split()
        yield from (words[-1:] if "from" in words else words)


def feature_imports_of_home_python():
    for path in sorted((ROOT / "home").rglob("*.py")):
        for module in python_imports(path):
            if top_package(module) in FEATURE_APPS:
                yield f"{path.relative_to(ROOT)} imports {module}"


def feature_tags_of_home_templates():
    libraries = engines["django"].engine.libraries  # name -> module path
    for path in sorted((ROOT / "templates" / "home").rglob("*.html")):
        for name in loaded_libraries(path.read_text()):
            module = libraries.get(name, name)
            if top_package(module) in FEATURE_APPS:
                yield f"{path.relative_to(ROOT)} loads {name} ({module})"


def test_home_python_imports_no_feature_app():
    assert list(feature_imports_of_home_python()) == []


def test_home_templates_load_no_feature_app_tags():
    assert list(feature_tags_of_home_templates()) == []


def test_the_check_sees_a_feature_library():
    assert list(loaded_libraries("{% load i18n services_tags %}{% load age_range from services_tags %}")) == [
        "i18n",
        "services_tags",
        "services_tags",
    ]
