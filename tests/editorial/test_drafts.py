"""Rules that bind what is published do not stop drafts: a seed sheet without contacts takes
a typo fix as a draft, while submitting it for approval or publishing it asks for a contact."""

import pytest
from django.urls import reverse

from services_catalog.models import ServicePage
from tests.editorial.edit_forms import edit_form_data

CONTACT_MESSAGE = "Indicare almeno un contatto"


@pytest.fixture
def sheet_without_contacts(networks):
    sheet = ServicePage.objects.filter(
        network=networks["lecco"], contact_phone="", contact_email="", contact_website=""
    ).first()
    assert sheet is not None, "the seed has Lecco sheets without contacts"
    return sheet


def post_edit(client, sheet, user, title, action=None):
    data = edit_form_data(sheet, user)
    data["title"] = title
    if action:
        data[f"action-{action}"] = "1"
    return client.post(reverse("wagtailadmin_pages:edit", args=[sheet.pk]), data)


def test_a_typo_fix_saves_as_a_draft_without_contacts(lecco_client, editors, sheet_without_contacts):
    response = post_edit(lecco_client, sheet_without_contacts, editors["lecco"], "Titolo corretto")
    assert response.status_code == 302, response.content.decode()[:2000]
    draft = ServicePage.objects.get(pk=sheet_without_contacts.pk).get_latest_revision_as_object()
    assert draft.title == "Titolo corretto"


def test_submitting_without_contacts_shows_the_message(lecco_client, editors, sheet_without_contacts):
    response = post_edit(lecco_client, sheet_without_contacts, editors["lecco"], "Titolo corretto", "submit")
    assert response.status_code == 200
    assert CONTACT_MESSAGE in response.content.decode()
    assert ServicePage.objects.get(pk=sheet_without_contacts.pk).current_workflow_state is None


def test_publishing_without_contacts_shows_the_message(admin_client, sheet_without_contacts, django_user_model):
    admin = django_user_model.objects.get(username="admin-test")
    response = post_edit(admin_client, sheet_without_contacts, admin, "Titolo corretto", "publish")
    assert response.status_code == 200
    assert CONTACT_MESSAGE in response.content.decode()
    assert ServicePage.objects.get(pk=sheet_without_contacts.pk).title != "Titolo corretto"
