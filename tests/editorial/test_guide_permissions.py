"""The guide for companies is regional content: regional editors edit its pages and the
measures' descriptions (the Objective snippet), network editors can do neither."""

import pytest

from editorial.groups import REGIONAL_GROUP_NAME, network_group_name
from goodpractices.models import GuideObjectivePage
from home.models import Objective
from tests.editorial.conftest import make_user, network

pytestmark = pytest.mark.django_db


@pytest.fixture
def objective_page():
    return GuideObjectivePage.objects.get(slug="cura-bambini-adolescenti", locale__language_code="it")


@pytest.fixture
def regional(django_user_model):
    return make_user(django_user_model, "redazione-regionale", REGIONAL_GROUP_NAME)


@pytest.fixture
def lecco_editor(django_user_model):
    return make_user(django_user_model, "redazione-lecco", network_group_name(network("lecco")))


def objective_edit_url(objective):
    return f"/admin/snippets/home/objective/edit/{objective.pk}/"


def test_regional_editors_edit_guide_pages_and_measure_descriptions(client, regional, objective_page):
    assert objective_page.permissions_for_user(regional).can_edit()
    assert objective_page.get_parent().permissions_for_user(regional).can_edit()
    client.force_login(regional)
    assert client.get(f"/admin/pages/{objective_page.pk}/edit/").status_code == 200
    response = client.get(objective_edit_url(objective_page.objective))
    assert response.status_code == 200
    assert 'name="actions-0-description"' in response.content.decode()


def test_network_editors_cannot(client, lecco_editor, objective_page):
    assert not objective_page.permissions_for_user(lecco_editor).can_edit()
    assert not objective_page.get_parent().permissions_for_user(lecco_editor).can_edit()
    client.force_login(lecco_editor)
    assert client.get(f"/admin/pages/{objective_page.pk}/edit/").status_code in (302, 403)
    objective = Objective.objects.get(slug="cura-bambini-adolescenti", locale__language_code="it")
    assert client.get(objective_edit_url(objective)).status_code in (302, 403)
