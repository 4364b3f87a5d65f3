"""The revisions' compare view shows what changed in a location's opening hours."""

import datetime

import pytest
from django.urls import reverse

from services_catalog.models import OpeningHours, ServiceLocation, ServicePage


def hours(*slots):
    return [
        OpeningHours(weekday=day, opens=datetime.time(opens), closes=datetime.time(closes))
        for day, opens, closes in slots
    ]


@pytest.fixture
def two_revisions(networks):
    sheet = ServicePage.objects.filter(network=networks["lecco"], locations__isnull=True).order_by("pk").first()
    sheet.locations = [ServiceLocation(address="Via Roma 1", municipality="Lecco", hours=hours((0, 9, 12), (1, 9, 12)))]
    first = sheet.save_revision(clean=False)
    sheet = first.as_object()
    sheet.locations.first().hours = hours((0, 9, 12), (2, 14, 18))
    second = sheet.save_revision(clean=False)
    return sheet, first, second


def test_the_compare_view_marks_removed_and_added_hours(client, regional_editor, two_revisions):
    sheet, first, second = two_revisions
    client.force_login(regional_editor)
    url = reverse("wagtailadmin_pages:revisions_compare", args=[sheet.pk, first.pk, second.pk])
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "lunedì 09:00–12:00; " in html
    assert '<span class="deletion">martedì 09:00–12:00</span>' in html
    assert '<span class="addition">mercoledì 14:00–18:00</span>' in html
