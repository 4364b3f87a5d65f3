"""The site root routes a URL in one query (home/routing.py) to exactly what Wagtail's
segment-by-segment walk finds: the same page, the same sub-route of a routable page, the
same 404, for every page of the seed in both languages."""

import pytest
from django.http import Http404
from django.test import RequestFactory
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from home.models import HomePage

pytestmark = pytest.mark.django_db


def wagtail_walk(root, request, components):
    return Page.route(root, request, components)  # the walk the override replaces


def outcome(route, root, components):
    request = RequestFactory().get("/")
    try:
        result = route(root, request, components)
    except Http404:
        return "404"
    return (result.page.pk, type(result.page).__name__, tuple(map(str, result.args)))


def paths_to_try(root):
    """Every page under the root, a name below each that exists nowhere, and the sub-routes
    of the routable pages."""
    base = root.url_path
    for page in Page.objects.descendant_of(root).specific(defer=True):
        components = page.url_path.removeprefix(base).strip("/").split("/")
        yield components
        yield [*components, "non-esiste"]
        if isinstance(page, RoutablePageMixin):
            yield [*components, "piano"]
            yield [*components, "piano", "csv"]
            yield [*components, "welfare-aziendale"]


def test_one_query_routing_agrees_with_wagtails_walk_on_every_page():
    roots = list(HomePage.objects.all())
    assert len(roots) >= 2  # Italian and English
    compared = 0
    for root in roots:
        for components in paths_to_try(root):
            ours = outcome(lambda r, req, c: r.route(req, c), root, components)
            assert ours == outcome(wagtail_walk, root, components), "/".join(components)
            compared += 1
    assert compared > 150


def test_a_draft_page_is_not_routed_but_its_live_children_are(network_page_with_draft):
    draft, child = network_page_with_draft
    root = HomePage.objects.get(locale__language_code="it")
    components = draft.url_path.removeprefix(root.url_path).strip("/").split("/")
    assert outcome(lambda r, req, c: r.route(req, c), root, components) == "404"
    child_components = [*components, child.slug]
    assert outcome(lambda r, req, c: r.route(req, c), root, child_components)[0] == child.pk
    assert outcome(wagtail_walk, root, child_components)[0] == child.pk


@pytest.fixture
def network_page_with_draft():
    from services_catalog.models import ServicePage

    service = ServicePage.objects.live().filter(locale__language_code="it").first()
    network = service.get_parent()
    network.live = False
    network.save(update_fields=["live"])
    return network, service


def routing_query_plan(root, components):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        root.route(RequestFactory().get("/"), components)
    routing = next(q["sql"] for q in captured.captured_queries if "url_path" in q["sql"] and " IN (" in q["sql"])
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + routing)
        return " | ".join(row[-1] for row in cursor.fetchall())


def test_the_routing_query_reads_the_page_table_through_an_index():
    """url_path has no index: filtering on it alone scans every page (tens of ms a request with
    10,000 services). The plan must search by an index, whatever the number of pages."""
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's; PostgreSQL's planner scans a table this small anyway")
    root = HomePage.objects.get(locale__language_code="it")
    sheet = Page.objects.descendant_of(root).filter(depth=root.depth + 3).live().first()
    components = sheet.url_path.removeprefix(root.url_path).strip("/").split("/")
    plan = routing_query_plan(root, components)
    assert "SEARCH wagtailcore_page USING INDEX" in plan, plan
    assert "SCAN wagtailcore_page" not in plan, plan
