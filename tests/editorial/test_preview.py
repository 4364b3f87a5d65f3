"""Previews of a draft that adds inline children (a location with its opening hours): the
editor's preview and the reviewer's workflow preview render the unsaved children."""

import pytest
from django.urls import reverse

from services_catalog.models import ServicePage
from tests.editorial.edit_forms import add_inline, edit_form_data

NEW_LOCATION = {
    "name": "Sportello di via Roma",
    "address": "Via Roma 1",
    "municipality": "Lecco",
    "province": "LC",
    "formsets": {"hours": [{"weekday": "0", "opens": "09:00", "closes": "12:30"}]},
}


@pytest.fixture
def lecco_sheet(networks):
    """A seed sheet of Lecco with a contact, so that the preview form is valid."""
    sheet = ServicePage.objects.filter(network=networks["lecco"], locations__isnull=True).first()
    if not sheet.has_contacts:
        sheet.contact_email = "sportello@example.org"
        sheet.save_revision().publish()
    return ServicePage.objects.get(pk=sheet.pk)


def draft_with_new_location(sheet, user):
    data = edit_form_data(sheet, user)
    return add_inline(data, "locations", [dict(NEW_LOCATION, formsets=dict(NEW_LOCATION["formsets"]))])


def assert_shows_new_location(response):
    assert response.status_code == 200
    html = response.content.decode()
    assert "Via Roma 1" in html
    assert "09:00" in html and "12:30" in html


def test_editor_preview_renders_a_new_location_with_hours(lecco_client, editors, lecco_sheet):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[lecco_sheet.pk])
    response = lecco_client.post(url, draft_with_new_location(lecco_sheet, editors["lecco"]))
    assert response.status_code == 200
    assert response.json()["is_valid"], response.json()
    assert_shows_new_location(lecco_client.get(url))


def test_workflow_preview_renders_a_submitted_new_location(client, editors, regional_editor, lecco_sheet):
    client.force_login(editors["lecco"])
    data = draft_with_new_location(lecco_sheet, editors["lecco"])
    data["action-submit"] = "1"
    response = client.post(reverse("wagtailadmin_pages:edit", args=[lecco_sheet.pk]), data)
    assert response.status_code == 302
    page = ServicePage.objects.get(pk=lecco_sheet.pk)
    task = page.current_workflow_task_state.task
    client.force_login(regional_editor)
    assert_shows_new_location(client.get(reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task.pk])))


def frame_ancestors(response):
    policy = {part.split()[0]: part.split()[1:] for part in response["Content-Security-Policy"].split(";")}
    return policy["frame-ancestors"]


def test_previews_may_be_framed_by_the_admin_and_public_pages_may_not(client, lecco_client, editors, lecco_sheet):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[lecco_sheet.pk])
    lecco_client.post(url, edit_form_data(lecco_sheet, editors["lecco"]))
    preview = lecco_client.get(url)
    assert preview.status_code == 200
    assert frame_ancestors(preview) == ["'self'"]
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert "'unsafe-inline'" not in preview["Content-Security-Policy"]

    client.logout()
    public = client.get(lecco_sheet.url)
    assert public.status_code == 200
    assert frame_ancestors(public) == ["'none'"]
    assert public["X-Frame-Options"] == "DENY"


def test_a_practice_preview_renders_its_unsaved_categories(lecco_client, editors, networks):
    """The related practices and services of a preview are found from the form's objectives and
    kinds, held in memory until the page is saved."""
    from goodpractices.models import GoodPracticePage

    practice = GoodPracticePage.objects.live().descendant_of(networks["lecco"]).order_by("pk").first()
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[practice.pk])
    response = lecco_client.post(url, edit_form_data(practice, editors["lecco"]))
    assert response.json()["is_valid"], response.json()
    preview = lecco_client.get(url)
    assert preview.status_code == 200
    assert practice.title in preview.content.decode()
