"""Every measure's name finds its objective page first in the site search (/cerca/), on
SQLite and, with DATABASE_URL, on PostgreSQL; the page is found by its measures' words too."""

import re

import pytest
from django.core.management import call_command
from django.utils import translation

from home.models import Action
from home.seed.taxonomy import OBJECTIVES

pytestmark = pytest.mark.django_db

FIRST_LINK = re.compile(r'<a href="(/[^"]*)">')


def first_link(client, text):
    """The first page /cerca/ shows for `text`: promoted results, then the ranked ones."""
    html = client.get("/cerca/", {"q": text}).content.decode()
    match = FIRST_LINK.search(html.split('class="search-count"')[1])
    return match.group(1) if match else None


def test_each_measure_name_finds_its_objective_page_first(client):
    call_command("update_index", verbosity=0)
    misses = [
        (title, found)
        for objective in OBJECTIVES
        for _slug, title in objective["actions"]
        if (found := first_link(client, title)) != f"/per-le-imprese/{objective['slug']}/"
    ]
    assert misses == []


def test_objective_pages_are_indexed_with_their_measures_and_descriptions(found_paths):
    Action.objects.filter(slug="nido-aziendale").update(description="Asilo interno per i figli del personale")
    call_command("update_index", verbosity=0)
    with translation.override("it"):
        assert "/per-le-imprese/organizzazione-tempi-lavoro/" in found_paths("telelavoro", limit=3)
        assert "/per-le-imprese/cura-bambini-adolescenti/" in found_paths("asilo interno personale", limit=3)
