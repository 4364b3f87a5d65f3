import pytest

from home.models import NetworkPage
from tests.services_catalog.catalogue_services import five_services


@pytest.fixture
def network(db):
    return NetworkPage.objects.get(slug="lecco")


@pytest.fixture
def other_network(db):
    return NetworkPage.objects.get(slug="como")


@pytest.fixture
def services(db):
    """Five services on a catalogue emptied of the seed sheets (rolled back after each test)."""
    return five_services()
