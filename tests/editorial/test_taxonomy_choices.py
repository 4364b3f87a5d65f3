"""The category pickers of a page's edit form: only the page's locale, as checkboxes with
the measures grouped under their objective; a term of another locale is refused with a
form error."""

import re

import pytest
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import Locale

from goodpractices.models import GoodPracticePage
from home.models import Action, Audience, Objective
from services_catalog.models import ServicePage
from tests.editorial.edit_forms import edit_form_data

TAXONOMY = {"objectives": Objective, "actions": Action, "audiences": Audience}


@pytest.fixture
def lecco_sheet(networks):
    return ServicePage.objects.filter(network=networks["lecco"]).first()


def checkbox_values(html, name):
    return {int(value) for value in re.findall(rf'type="checkbox" name="{name}" value="(\d+)"', html)}


def test_a_sheet_offers_only_its_locale_as_checkboxes(lecco_client, lecco_sheet):
    assert Locale.objects.filter(language_code="en").exists()
    html = lecco_client.get(reverse("wagtailadmin_pages:edit", args=[lecco_sheet.pk])).content.decode()
    for name, model in TAXONOMY.items():
        italian = set(model.objects.filter(locale__language_code="it").values_list("pk", flat=True))
        assert checkbox_values(html, name) == italian, name


def test_measures_are_grouped_under_their_objective(lecco_client, lecco_sheet):
    html = lecco_client.get(reverse("wagtailadmin_pages:edit", args=[lecco_sheet.pk])).content.decode()
    actions_field = html[html.index('<div id="id_actions"') : html.index('<div id="id_audiences"')]
    for objective in Objective.objects.filter(locale__language_code="it"):
        assert escape(str(objective)) in actions_field
    first = Objective.objects.get(locale__language_code="it", number=1)
    second = Objective.objects.get(locale__language_code="it", number=2)
    group = actions_field[actions_field.index(escape(str(first))) : actions_field.index(escape(str(second)))]
    assert checkbox_values(group, "actions") == set(first.actions.values_list("pk", flat=True))


def test_a_practice_offers_only_its_locale(admin_client):
    practice = GoodPracticePage.objects.filter(locale__language_code="it").first()
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[practice.pk])).content.decode()
    italian = set(Objective.objects.filter(locale__language_code="it").values_list("pk", flat=True))
    assert checkbox_values(html, "objectives") == italian


def test_a_term_of_another_locale_is_refused_with_a_message(lecco_client, editors, lecco_sheet):
    english = Objective.objects.filter(locale__language_code="en").first()
    data = edit_form_data(lecco_sheet, editors["lecco"])
    data["objectives"] = [str(english.pk)]
    response = lecco_client.post(reverse("wagtailadmin_pages:edit", args=[lecco_sheet.pk]), data)
    assert response.status_code == 200
    assert "non è disponibile nella lingua di questa pagina" in response.content.decode()
    assert english not in ServicePage.objects.get(pk=lecco_sheet.pk).get_latest_revision_as_object().objectives.all()
