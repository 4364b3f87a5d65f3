import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Page

from editorial.groups import REGIONAL_GROUP_NAME, network_group_name
from home.models import NetworkPage
from home.seed.networks import NETWORKS

NETWORK_SLUGS = [slug for slug, _name, _asl in NETWORKS]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The seed content plus the editorial groups and workflow, as `make setup` leaves them."""
    with django_db_blocker.unblock():
        call_command("setup_editorial_groups", verbosity=0)


def network(slug):
    return NetworkPage.objects.get(slug=slug, locale__language_code="it")


def make_user(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "unused-password-123")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def networks(db):
    return {slug: network(slug) for slug in NETWORK_SLUGS}


@pytest.fixture
def editors(networks, django_user_model):
    """One editor per network, in that network's group."""
    return {
        slug: make_user(django_user_model, f"redazione-{slug}", network_group_name(page))
        for slug, page in networks.items()
    }


@pytest.fixture
def regional_editor(db, django_user_model):
    return make_user(django_user_model, "redazione-regionale", REGIONAL_GROUP_NAME)


@pytest.fixture
def child_pages(networks):
    """A plain draft page inside every network's subtree, to test below the network page."""
    return {
        slug: page.add_child(instance=Page(title=f"Pagina interna {slug}", slug="pagina-interna", live=False))
        for slug, page in networks.items()
    }


@pytest.fixture
def lecco_client(client, editors):
    client.force_login(editors["lecco"])
    return client
