"""The bulk writing of new services (editorial.importer.bulk_pages, bulk_workflow) against
Wagtail's own path for one page (add_child, save_revision, Workflow.start): the same rows,
the same revision, log and workflow state, the same tree. (An imported draft approved in the
admin: test_import_run.)"""

import datetime

import pytest
from wagtail.models import Page, PageLogEntry, Revision, TaskState, WorkflowState

from editorial.importer.bulk_pages import DraftPageCreator, SlugAllocator
from editorial.importer.bulk_workflow import start_in_bulk
from editorial.importer.validation import RowValidator
from editorial.importer.writer import ServiceWriter
from services_catalog.models import OpeningHours, ServiceLocation, ServicePage
from tests.editorial.files import service_row

# Differ between any two pages by construction: identity, tree position, creation time.
OWN_FIELDS = {
    "id",
    "page_ptr_id",
    "pk",
    "path",
    "slug",
    "url_path",
    "translation_key",
    "uuid",
    "external_id",
    "latest_revision_id",
    "latest_revision",
    "latest_revision_created_at",
}


def row_values(number, **overrides):
    result = RowValidator(today=datetime.date(2026, 1, 15)).validate(2, service_row(number, **overrides))
    assert result.is_valid, result.errors
    return result.values


def new_page(network, user, number, **overrides):
    return ServiceWriter(network, user).new_page(row_values(number, **overrides))


def created_the_wagtail_way(network, user, page):
    """What the importer did per row before the bulk writer (and still does for updates)."""
    network.add_child(instance=page)
    page.save_revision(user=user, log_action=True, clean=False)
    network.get_workflow().start(page, user)
    return page


def created_in_bulk(network, user, pages):
    creator = DraftPageCreator(network, user)
    revisions = creator.create(pages)
    start_in_bulk(network.get_workflow(), pages, revisions, user)
    creator.finish()
    return pages


def without_own_fields(data):
    return {key: value for key, value in data.items() if key not in OWN_FIELDS}


def page_row(page):
    return without_own_fields(ServicePage.objects.filter(pk=page.pk).values()[0])


def location_rows(page):
    return [without_own_fields(row) | {"service_id": None} for row in page.locations.values()]


def revision_content(page):
    content = without_own_fields(Revision.objects.get(pk=page.latest_revision_id).content)
    content["locations"] = [without_own_fields(location) | {"service": None} for location in content["locations"]]
    return content


def log_of(page):
    entries = PageLogEntry.objects.filter(page=page).order_by("pk")
    return [
        (entry.action, entry.user_id, entry.content_changed, entry.revision_id, entry.label, entry.content_type_id)
        for entry in entries
    ]


def moderation_of(page):
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    task_state = state.current_task_state
    return {
        "state": (state.workflow_id, state.status, state.requested_by_id, state.content_type_id),
        "task": (task_state.task_id, task_state.status, task_state.content_type_id, task_state.revision_id),
        "task states": state.task_states.count(),
    }


@pytest.fixture
def lecco(networks):
    return networks["lecco"]


@pytest.fixture
def both_ways(lecco, editors):
    """The same row written once by Wagtail and once in bulk (with the same title)."""
    editor = editors["lecco"]
    reference = created_the_wagtail_way(lecco, editor, new_page(lecco, editor, 1))
    [bulk] = created_in_bulk(lecco, editor, [new_page(lecco, editor, 2, title=reference.title)])
    return ServicePage.objects.get(pk=reference.pk), ServicePage.objects.get(pk=bulk.pk)


def test_a_bulk_draft_has_the_rows_wagtail_writes(both_ways, lecco):
    reference, bulk = both_ways
    assert page_row(bulk) == page_row(reference)
    assert bulk.slug == f"{reference.slug}-2"  # Wagtail's own de-duplication of sibling slugs
    assert bulk.url_path == f"{lecco.url_path}{bulk.slug}/"
    assert bulk.get_parent().pk == lecco.pk and bulk.network_id == lecco.pk
    assert not bulk.live and bulk.has_unpublished_changes and bulk.locale_id == lecco.locale_id
    assert [a.slug for a in bulk.audiences.all()] == [a.slug for a in reference.audiences.all()]
    assert list(bulk.objectives.all()) == list(reference.objectives.all())
    assert list(bulk.actions.all()) == list(reference.actions.all())
    assert location_rows(bulk) == location_rows(reference)


def test_a_bulk_draft_has_the_same_revision_and_history(both_ways):
    reference, bulk = both_ways
    assert bulk.latest_revision_created_at == bulk.latest_revision.created_at
    assert bulk.revisions.count() == 1 and bulk.get_latest_revision() == bulk.latest_revision
    assert revision_content(bulk) == revision_content(reference)
    assert bulk.latest_revision.content["locations"][0]["pk"] == bulk.locations.get().pk
    assert bulk.latest_revision.object_str == reference.latest_revision.object_str

    def normalised(page):
        return [
            (action, user, changed, revision == page.latest_revision_id if revision else None, label, content_type)
            for action, user, changed, revision, label, content_type in log_of(page)
        ]

    assert [entry[0] for entry in log_of(bulk)] == ["wagtail.create", "wagtail.edit", "wagtail.workflow.start"]
    assert normalised(bulk) == normalised(reference)
    start = PageLogEntry.objects.get(page=bulk, action="wagtail.workflow.start").data["workflow"]
    reference_start = PageLogEntry.objects.get(page=reference, action="wagtail.workflow.start").data["workflow"]
    assert start["task_state_id"] == bulk.current_workflow_task_state.pk
    assert {**start, "task_state_id": None} == {**reference_start, "task_state_id": None}


def test_a_bulk_draft_is_in_moderation_like_a_submitted_page(both_ways):
    reference, bulk = both_ways
    assert bulk.workflow_in_progress and reference.workflow_in_progress
    assert moderation_of(bulk) | {"task": None} == moderation_of(reference) | {"task": None}
    assert moderation_of(bulk)["task"][:3] == moderation_of(reference)["task"][:3]
    assert bulk.current_workflow_task_state.revision == bulk.latest_revision
    assert bulk.current_workflow_state.current_task_state.status == TaskState.STATUS_IN_PROGRESS


def test_the_tree_stays_consistent_after_bulk_batches(lecco, editors):
    editor = editors["lecco"]
    children_before = lecco.get_children_count()
    creator = DraftPageCreator(lecco, editor)
    for first in (1, 4):
        creator.create([new_page(lecco, editor, number) for number in range(first, first + 3)])
    creator.finish()
    lecco.refresh_from_db()
    assert lecco.numchild == lecco.get_children_count() == children_before + 6
    assert all(not problems for problems in Page.find_problems())
    paths = list(lecco.get_children().values_list("path", flat=True))
    assert len(paths) == len(set(paths))


def test_child_objects_are_written_with_their_own_children(lecco, editors):
    """A location's opening hours (a child of a child) are written too, as modelcluster would."""
    editor = editors["lecco"]
    page = new_page(lecco, editor, 1)
    hours = [OpeningHours(weekday=0, opens=datetime.time(9), closes=datetime.time(12))]
    page.locations = [ServiceLocation(municipality="Lecco", province="LC", hours=hours)]
    created_in_bulk(lecco, editor, [page])
    location = ServicePage.objects.get(pk=page.pk).locations.get()
    assert [(h.weekday, h.opens) for h in location.hours.all()] == [(0, datetime.time(9))]
    stored = Revision.objects.get(pk=page.latest_revision.pk).content["locations"][0]
    assert stored["hours"][0]["pk"] == location.hours.get().pk


def test_slugs_are_deduplicated_like_wagtail_does(lecco, child_pages):
    allocator = SlugAllocator(lecco)
    titles = ["Pagina interna lecco", "Pagina interna lecco", "Nido", "Nido", "Nido", "!!!"]
    slugs = [allocator.allocate(ServicePage(title=title)) for title in titles]
    # «pagina-interna» is taken by the fixture's page, with another title.
    assert slugs == ["pagina-interna-lecco", "pagina-interna-lecco-2", "nido", "nido-2", "nido-3", "servicepage"]
    assert allocator.allocate(ServicePage(title="x", slug="pagina-interna")) == "pagina-interna-2"
