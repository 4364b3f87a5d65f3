"""The demo generator's bulk writer (services_catalog.bulk_publish) against the project's own
way of adding one live page (services_catalog.pages.add_child_page, Wagtail's save and
save_revision, the search index updated by the page's saves): the same page row, child rows,
revision, log and search index entry for the same demo sheet."""

import random

import pytest
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.search.models import IndexEntry

from home.models import Action, Audience, NetworkPage
from search.bulk_indexing import index_objects_in_bulk
from services_catalog import demo
from services_catalog.bulk_publish import LivePageCreator
from services_catalog.models import ServicePage
from services_catalog.pages import add_child_page

# Differ between any two pages by construction: identity, tree position, slug, times.
OWN_FIELDS = {
    "id",
    "page_ptr_id",
    "pk",
    "path",
    "slug",
    "url_path",
    "translation_key",
    "uuid",
    "latest_revision_id",
    "latest_revision",
    "live_revision_id",
    "live_revision",
    "latest_revision_created_at",
    "first_published_at",
    "last_published_at",
    "service_id",
    "service",
    "location_id",
    "location",
}


def without_own_fields(data):
    if isinstance(data, list):
        return [without_own_fields(item) for item in data]
    if isinstance(data, dict):
        return {key: without_own_fields(value) for key, value in data.items() if key not in OWN_FIELDS}
    return data


@pytest.fixture
def lecco(db):
    return NetworkPage.objects.get(slug="lecco", locale__language_code="it")


def demo_sheet(network, slug):
    """The same demo sheet each time (same number and seed), with its own slug."""
    actions = list(Action.objects.filter(locale=network.locale, slug__in=demo.KINDS).select_related("objective"))
    audiences = {audience.slug: audience for audience in Audience.objects.filter(locale=network.locale)}
    page = demo.demo_page_for(7, network, demo.territory_of(network), actions, audiences, random.Random(3))
    page.slug = slug
    return page


@pytest.fixture
def both_ways(lecco):
    reference = add_child_page(lecco, demo_sheet(lecco, "wagtail"), publishing_rules=False)
    creator = LivePageCreator(lecco)
    [bulk] = creator.create([demo_sheet(lecco, "bulk")])
    creator.finish()
    index_objects_in_bulk(ServicePage, [bulk])
    return ServicePage.objects.get(pk=reference.pk), ServicePage.objects.get(pk=bulk.pk)


def page_row(page):
    return without_own_fields(ServicePage.objects.filter(pk=page.pk).values()[0])


def child_rows(page):
    locations = [without_own_fields(row) for row in page.locations.values()]
    hours = [without_own_fields(list(location.hours.values())) for location in page.locations.all()]
    taxonomy = [list(getattr(page, name).values_list("pk", flat=True)) for name in ("objectives", "actions")]
    return locations, hours, taxonomy, sorted(page.audiences.values_list("pk", flat=True))


def index_entry(page):
    """The page's own entry (title_norm is a statistic of the whole index at writing time)."""
    entry = IndexEntry.objects.filter(object_id=str(page.pk)).values()[0]
    return without_own_fields(entry) | {"object_id": None, "title_norm": None}


def test_a_bulk_published_page_has_the_rows_wagtail_writes(both_ways, lecco):
    reference, bulk = both_ways
    assert page_row(bulk) == page_row(reference)
    assert child_rows(bulk) == child_rows(reference)
    assert bulk.live and not bulk.has_unpublished_changes and bulk.first_published_at is not None
    assert bulk.url_path == f"{lecco.url_path}bulk/" and bulk.network_id == lecco.pk
    assert bulk.get_parent().pk == lecco.pk and bulk.locale_id == lecco.locale_id
    assert bulk.translation_key != reference.translation_key
    lecco.refresh_from_db()
    assert lecco.numchild == lecco.get_children_count()
    assert all(not problems for problems in Page.find_problems())


def test_a_bulk_published_page_has_the_same_live_revision_and_log(both_ways):
    reference, bulk = both_ways
    assert bulk.live_revision == bulk.latest_revision == bulk.get_latest_revision()
    assert bulk.revisions.count() == reference.revisions.count() == 1
    assert bulk.latest_revision_created_at == bulk.latest_revision.created_at

    def content(page):
        return without_own_fields(Revision.objects.get(pk=page.latest_revision_id).content)

    assert content(bulk) == content(reference)
    assert bulk.latest_revision.object_str == reference.latest_revision.object_str
    assert bulk.latest_revision.content["locations"][0]["pk"] == bulk.locations.get().pk

    def log(page):
        return list(PageLogEntry.objects.filter(page=page).values_list("action", "user", "content_changed", "label"))

    assert log(bulk) == log(reference) == [("wagtail.create", None, True, reference.title)]


def test_a_bulk_published_page_has_the_same_search_index_entry(both_ways):
    reference, bulk = both_ways
    assert index_entry(bulk) == index_entry(reference)
    assert bulk.pk in [page.pk for page in ServicePage.objects.live().search("dimostrativo")]
