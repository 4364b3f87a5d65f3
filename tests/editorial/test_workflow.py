"""The moderation workflow end to end: an editor submits in the admin, the regional group is
told by e-mail and approves or rejects with a comment; drafts and pages in moderation are never
public; scheduled publishing and expiry run through `publish_scheduled`."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data


def submit_in_admin(client, page, title):
    data = nested_form_data({"title": title, "slug": page.slug, "comments": inline_formset([])})
    data["action-submit"] = "1"
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


@pytest.fixture
def submitted(client, editors, regional_editor, child_pages):
    """Lecco's editor submits its internal page for approval through the admin."""
    page = child_pages["lecco"]
    client.force_login(editors["lecco"])
    mail.outbox.clear()
    response = submit_in_admin(client, page, "Nuovo servizio di Lecco")
    assert response.status_code == 302
    return Page.objects.get(pk=page.pk)


def act(client, user, page, action, comment):
    task_state = page.current_workflow_task_state
    client.force_login(user)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def test_submission_starts_the_regional_workflow_and_mails_the_regional_group(submitted, regional_editor):
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(submitted.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Approvazione della Redazione regionale"
    assert not submitted.live
    recipients = {address for message in mail.outbox for address in message.to}
    assert regional_editor.email in recipients


def test_a_network_editor_cannot_approve_its_own_submission(client, submitted, editors):
    task_state = submitted.current_workflow_task_state
    response = act(client, editors["lecco"], submitted, "approve", "Approvo da solo")
    # Wagtail's admin answers a refused action with a redirect to the dashboard (a wrong
    # address would be a 404, a malformed form a 200 with errors).
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    page = Page.objects.get(pk=submitted.pk)
    assert not page.live
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS, "the task still waits for the regional group"
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_regional_approval_publishes_and_tells_the_editor(client, submitted, editors, regional_editor):
    mail.outbox.clear()
    act(client, regional_editor, submitted, "approve", "Va bene così.")
    page = Page.objects.get(pk=submitted.pk)
    assert page.live and page.title == "Nuovo servizio di Lecco"
    assert any(editors["lecco"].email in message.to for message in mail.outbox)


def test_regional_rejection_keeps_the_page_unpublished_with_the_comment(client, submitted, editors, regional_editor):
    mail.outbox.clear()
    act(client, regional_editor, submitted, "reject", "Mancano gli orari di apertura.")
    page = Page.objects.get(pk=submitted.pk)
    assert not page.live
    task_state = page.workflow_states.get().task_states.get()
    assert task_state.status == task_state.STATUS_REJECTED
    assert task_state.get_comment() == "Mancano gli orari di apertura."
    assert any(editors["lecco"].email in message.to for message in mail.outbox)


def test_drafts_and_pages_in_moderation_never_show_publicly(client, submitted, networks, editors):
    assert client.get(submitted.url_path.removeprefix("/home")).status_code == 404
    network = networks["lecco"]
    original_title = network.title
    network.title = "Titolo in bozza"
    network.save_revision(user=editors["lecco"])
    response = client.get(network.url)
    assert response.status_code == 200
    assert "Titolo in bozza" not in response.content.decode()
    assert original_title in response.content.decode()


def test_scheduled_publishing_goes_live_when_due(child_pages):
    page = child_pages["como"]
    page.go_live_at = timezone.now() + timedelta(days=1)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    assert not page.live, "scheduled, not yet published"
    # A day passes: the schedule is now in the past.
    revision.refresh_from_db()
    due = timezone.now() - timedelta(minutes=1)
    revision.approved_go_live_at = due
    revision.content["go_live_at"] = due.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert page.live


def test_expiry_unpublishes_when_due(child_pages):
    page = child_pages["pavia"]
    page.save_revision().publish()
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert not page.live and page.expired


def test_a_rejected_pages_comment_is_shown_on_its_edit_page(client, submitted, editors, regional_editor):
    act(client, regional_editor, submitted, "reject", "Mancano gli orari di apertura.")
    client.force_login(editors["lecco"])
    response = client.get(reverse("wagtailadmin_pages:edit", args=[submitted.pk]))
    shown = [str(message) for message in response.context["messages"]]
    assert any("Commento: «Mancano gli orari di apertura.»" in message for message in shown), shown
    assert any("non è più in moderazione" in message for message in shown)
