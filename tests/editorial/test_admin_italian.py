"""The admin an editor sees is Italian: the pages of a normal week (dashboard, page listing,
edit page of a sheet in moderation, history, workflow history, compare view, images) carry
no English text from Wagtail's or Django's catalogues and no article that does not agree
with «pagina»."""

import datetime
import re
from pathlib import Path

import polib
import pytest
import wagtail
import wagtail_localize
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, pgettext
from wagtail.models import Page, Revision

from services_catalog.models import ServicePage

CATALOGUES = [Path(wagtail.__file__).parent, Path(wagtail_localize.__file__).parent]
ENGLISH_TIMES = re.compile(r"\b(?:an?|\d+)\s(?:second|minute|hour|day|week|month|year)s?\sago\b")
SAME_IN_ITALIAN = {"Account", "account", "Email", "Home", "Layout", "Privacy", "default", "file", "slug"}
WRONG_ARTICLE = re.compile(r"\b[Qq]uesto (?:pagina|scheda)\b")


def untranslated_messages():
    """Wagtail's messages (its English catalogues list them all) that Italian leaves in English,
    with every catalogue the site loads, the project's overrides included."""
    messages = set()
    with translation.override("it"):
        for catalogue in CATALOGUES:
            for po in catalogue.rglob("locale/en/LC_MESSAGES/django.po"):
                for entry in polib.pofile(str(po)):
                    if entry.msgid_plural:
                        continue
                    text = pgettext(entry.msgctxt, entry.msgid) if entry.msgctxt else gettext(entry.msgid)
                    if text == entry.msgid:
                        messages.add(entry.msgid)
    # Placeholders and very short words cannot be matched in a page's text; some words are Italian too.
    return [
        message
        for message in messages - SAME_IN_ITALIAN
        if len(message) > 3 and "%" not in message and "{" not in message
    ]


def visible_text(html):
    """The page's text and the labels read to screen-reader users (aria-label, title, alt)."""
    html = re.sub(r"(?s)<(script|style|template)\b.*?</\1>", " ", html)
    labels = re.findall(r'\s(?:aria-label|title|alt|placeholder)="([^"]*)"', html)
    return " ".join(" ".join([re.sub(r"<[^>]+>", " ", html), *labels]).split())


@pytest.fixture
def sheet_in_moderation(networks, editors):
    """A Lecco sheet submitted for approval four minutes ago."""
    sheet = ServicePage.objects.filter(network=networks["lecco"]).order_by("pk").first()
    sheet.contact_email = sheet.contact_email or "sportello@example.org"
    first = sheet.save_revision(user=editors["lecco"], clean=False)
    sheet.title += " (rivista)"
    revision = sheet.save_revision(user=editors["lecco"])
    four_minutes_ago = timezone.now() - datetime.timedelta(minutes=4)
    Revision.objects.filter(pk__in=[first.pk, revision.pk]).update(created_at=four_minutes_ago)
    Page.objects.filter(pk=sheet.pk).update(latest_revision_created_at=four_minutes_ago)
    sheet.refresh_from_db()
    workflow_state = sheet.get_workflow().start(sheet, editors["lecco"])
    workflow_state.current_task_state.__class__.objects.filter(pk=workflow_state.current_task_state.pk).update(
        started_at=four_minutes_ago
    )
    workflow_state.__class__.objects.filter(pk=workflow_state.pk).update(created_at=four_minutes_ago)
    return sheet, first, revision


def editor_pages(networks, sheet, first, revision):
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[networks["lecco"].pk]),
        reverse("wagtailadmin_pages:edit", args=[sheet.pk]),
        reverse("wagtailadmin_pages:history", args=[sheet.pk]),
        reverse("wagtailadmin_pages:workflow_history", args=[sheet.pk]),
        reverse("wagtailadmin_pages:revisions_compare", args=[sheet.pk, first.pk, revision.pk]),
        reverse("wagtailimages:index"),
    ]


@pytest.mark.parametrize("who", ["lecco", "regionale"])
def test_the_admin_pages_of_a_week_are_in_italian(client, networks, editors, regional_editor, sheet_in_moderation, who):
    client.force_login(editors["lecco"] if who == "lecco" else regional_editor)
    english = untranslated_messages()
    problems = {}
    for url in editor_pages(networks, *sheet_in_moderation):
        response = client.get(url)
        assert response.status_code == 200, url
        text = visible_text(response.content.decode())
        found = [match.group(0) for pattern in (ENGLISH_TIMES, WRONG_ARTICLE) for match in pattern.finditer(text)]
        found += [message for message in english if re.search(rf"(?<!\w){re.escape(message)}(?!\w)", text)]
        if found:
            problems[url] = found
    assert not problems, problems


def test_relative_times_read_in_italian(client, editors, regional_editor, sheet_in_moderation):
    sheet = sheet_in_moderation[0]
    client.force_login(regional_editor)
    text = visible_text(client.get(reverse("wagtailadmin_pages:edit", args=[sheet.pk])).content.decode())
    assert "4 minuti fa" in text


def test_the_schedule_dialog_says_that_scheduling_closes_the_approval_request(
    client, regional_editor, sheet_in_moderation
):
    client.force_login(regional_editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[sheet_in_moderation[0].pk])).content.decode()
    dialog = html[html.index('id="schedule-publishing-dialog"') :]
    assert "programmarla chiude la richiesta di approvazione in corso" in visible_text(dialog)
