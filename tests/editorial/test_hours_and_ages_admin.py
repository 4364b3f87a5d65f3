"""Shortcuts of the sheet's admin form: «da lunedì a venerdì» saves one row of opening hours
per working day, and ages are written in months or years and stored in months."""

import datetime

import pytest
from django.urls import reverse

from services_catalog.models import ServicePage
from tests.editorial.edit_forms import add_inline, edit_form_data

NINE, HALF_PAST_TWELVE = datetime.time(9), datetime.time(12, 30)


@pytest.fixture
def lecco_sheet(networks):
    return ServicePage.objects.filter(network=networks["lecco"], locations__isnull=True).order_by("pk").first()


def with_location(data, hours):
    location = {"address": "Via Roma 1", "municipality": "Lecco", "province": "LC", "formsets": {"hours": hours}}
    return add_inline(data, "locations", [location])


def save_draft(client, sheet, data):
    return client.post(reverse("wagtailadmin_pages:edit", args=[sheet.pk]), data)


def latest_hours(sheet):
    draft = ServicePage.objects.get(pk=sheet.pk).get_latest_revision_as_object()
    return sorted((slot.weekday, slot.opens, slot.closes) for slot in draft.locations.all()[0].hours.all())


def test_monday_to_friday_is_saved_as_five_weekdays(lecco_client, editors, lecco_sheet):
    data = edit_form_data(lecco_sheet, editors["lecco"])
    hours = [
        {"weekday": "lun-ven", "opens": "09:00", "closes": "12:30"},
        {"weekday": "5", "opens": "10:00", "closes": "12:00"},
    ]
    response = save_draft(lecco_client, lecco_sheet, with_location(data, hours))
    assert response.status_code == 302
    assert latest_hours(lecco_sheet) == [
        *((day, NINE, HALF_PAST_TWELVE) for day in range(5)),
        (5, datetime.time(10), datetime.time(12)),
    ]


def test_the_preview_shows_the_five_weekdays(lecco_client, editors, lecco_sheet):
    data = with_location(
        edit_form_data(lecco_sheet, editors["lecco"]), [{"weekday": "lun-ven", "opens": "09:00", "closes": "12:30"}]
    )
    data["contact_email"] = data["contact_email"] or "sportello@example.org"
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[lecco_sheet.pk])
    assert lecco_client.post(url, data).json()["is_valid"]
    html = lecco_client.get(url).content.decode()
    for day in ("Lunedì", "Martedì", "Mercoledì", "Giovedì", "Venerdì"):
        assert f'<th scope="row">{day}</th>' in html
    assert "Sabato" not in html


def test_a_bad_time_keeps_the_monday_to_friday_choice(lecco_client, editors, lecco_sheet):
    data = with_location(
        edit_form_data(lecco_sheet, editors["lecco"]), [{"weekday": "lun-ven", "opens": "12:00", "closes": "09:00"}]
    )
    response = save_draft(lecco_client, lecco_sheet, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "L&#x27;orario di chiusura deve seguire quello di apertura." in html
    assert '<option value="lun-ven" selected>' in html


@pytest.mark.parametrize(
    ("typed", "months"),
    [("3 anni", 36), ("18 mesi", 18), ("2 anni e 6 mesi", 30), ("1 anno", 12), ("24", 24), ("", None)],
)
def test_ages_in_years_or_months_are_stored_in_months(lecco_client, editors, lecco_sheet, typed, months):
    data = edit_form_data(lecco_sheet, editors["lecco"])
    data["age_min_months"] = typed
    assert save_draft(lecco_client, lecco_sheet, data).status_code == 302
    assert ServicePage.objects.get(pk=lecco_sheet.pk).get_latest_revision_as_object().age_min_months == months


def test_stored_months_are_shown_in_years_when_whole(lecco_client, editors, lecco_sheet):
    lecco_sheet.age_min_months, lecco_sheet.age_max_months = 18, 36
    lecco_sheet.save_revision(clean=False)
    data = edit_form_data(lecco_sheet, editors["lecco"])
    assert (data["age_min_months"], data["age_max_months"]) == ("18 mesi", "3 anni")
    html = lecco_client.get(reverse("wagtailadmin_pages:edit", args=[lecco_sheet.pk])).content.decode()
    assert 'value="3 anni"' in html


def test_an_unreadable_age_is_refused_and_kept(lecco_client, editors, lecco_sheet):
    data = edit_form_data(lecco_sheet, editors["lecco"])
    data["age_max_months"] = "tre anni"
    response = save_draft(lecco_client, lecco_sheet, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "età non valida «tre anni»" in html
    assert 'value="tre anni"' in html
