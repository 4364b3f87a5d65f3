"""Every network's editor against every other network (15 × 14 pairs), through Wagtail's
permission API and through the admin views, plus what they may do in their own subtree."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page

from editorial.groups import network_group_name
from home.models import NetworkPage
from tests.conftest import kept_for_scope
from tests.editorial.conftest import NETWORK_SLUGS, make_user, network

ADMIN_HOME = reverse("wagtailadmin_home")


@pytest.fixture(scope="module")
def matrix(django_db_setup, django_db_blocker):
    """The 15 editors and 15 inner draft pages, made once for the module (the conftest's
    `networks`, `editors` and `child_pages`, built the same way)."""
    with kept_for_scope(django_db_blocker):
        networks = {slug: network(slug) for slug in NETWORK_SLUGS}
        editors = {
            slug: make_user(get_user_model(), f"redazione-{slug}", network_group_name(page))
            for slug, page in networks.items()
        }
        child_pages = {
            slug: page.add_child(instance=Page(title=f"Pagina interna {slug}", slug="pagina-interna", live=False))
            for slug, page in networks.items()
        }
        yield networks, editors, child_pages


@pytest.fixture
def networks(matrix, db):
    return matrix[0]


@pytest.fixture
def editors(matrix, db):
    return matrix[1]


@pytest.fixture
def child_pages(matrix, db):
    return matrix[2]


def others(slug):
    return [other for other in NETWORK_SLUGS if other != slug]


def creatable_under_networks():
    return NetworkPage.creatable_subpage_models()


@pytest.mark.parametrize("slug", NETWORK_SLUGS)
def test_permission_api_confines_each_editor_to_its_subtree(slug, editors, networks, child_pages):
    editor = editors[slug]
    for page in (networks[slug], child_pages[slug]):
        own = page.permissions_for_user(editor)
        assert own.can_edit(), page
        assert "add" in own.permissions
        assert not own.can_publish(), "publishing is the regional group's job"
    assert not networks[slug].permissions_for_user(editor).can_delete(), "a live network page stays"
    for other in others(slug):
        for page in (networks[other], child_pages[other]):
            tester = page.permissions_for_user(editor)
            assert not tester.permissions, (slug, other)
            assert not tester.can_edit(), (slug, other)
            assert not tester.can_publish(), (slug, other)
            assert not tester.can_unpublish(), (slug, other)
            assert not tester.can_delete(), (slug, other)
            assert not tester.can_move(), (slug, other)
            assert not tester.can_add_subpage(), (slug, other)
            assert not tester.can_lock(), (slug, other)
        assert not child_pages[slug].permissions_for_user(editor).can_move_to(networks[other])


def denied(response):
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == ADMIN_HOME)


@pytest.mark.parametrize("slug", NETWORK_SLUGS)
def test_admin_views_refuse_other_networks(slug, client, editors, networks, child_pages):
    client.force_login(editors[slug])
    for other in others(slug):
        target, child = networks[other], child_pages[other]
        title = child.title
        urls = [
            reverse("wagtailadmin_pages:edit", args=[target.pk]),
            reverse("wagtailadmin_pages:edit", args=[child.pk]),
            reverse("wagtailadmin_pages:delete", args=[child.pk]),
            reverse("wagtailadmin_pages:move", args=[child.pk]),
            reverse("wagtailadmin_pages:unpublish", args=[target.pk]),
            reverse("wagtailadmin_pages:add_subpage", args=[target.pk]),
        ]
        for url in urls:
            assert denied(client.get(url)), (slug, other, url)
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[child.pk]),
            {"title": "Modificata da altri", "slug": child.slug, "action-publish": "1"},
        )
        assert denied(response), (slug, other)
        assert denied(client.post(reverse("wagtailadmin_pages:delete", args=[child.pk]))), (slug, other)
        own_child = child_pages[slug]
        client.post(reverse("wagtailadmin_pages:move_confirm", args=[own_child.pk, target.pk]))
        assert Page.objects.get(pk=own_child.pk).get_parent().pk == networks[slug].pk, "no move into another network"
        child.refresh_from_db()
        assert child.title == title and child.live is False
        assert NetworkPage.objects.filter(pk=target.pk, live=True).exists()
        for model in creatable_under_networks():
            url = reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, target.pk])
            assert denied(client.get(url)), (slug, other, url)


@pytest.mark.parametrize("slug", NETWORK_SLUGS)
def test_admin_views_open_the_own_subtree(slug, client, editors, networks, child_pages):
    client.force_login(editors[slug])
    assert client.get(reverse("wagtailadmin_pages:edit", args=[networks[slug].pk])).status_code == 200
    assert client.get(reverse("wagtailadmin_pages:edit", args=[child_pages[slug].pk])).status_code == 200
    assert client.get(reverse("wagtailadmin_explore", args=[networks[slug].pk])).status_code == 200
    for model in creatable_under_networks():
        url = reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, networks[slug].pk])
        assert client.get(url).status_code == 200, url


def test_anonymous_users_are_sent_to_the_login(client, networks, child_pages):
    page = networks["lecco"]
    for url in (
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:add_subpage", args=[page.pk]),
        reverse("wagtailadmin_pages:delete", args=[child_pages["lecco"].pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
