import pytest

from home.models import NetworkPage


@pytest.fixture
def network(db):
    return NetworkPage.objects.get(slug="lecco")


@pytest.fixture
def other_network(db):
    return NetworkPage.objects.get(slug="como")
