import pytest


@pytest.fixture
def network(page_by_path):
    return page_by_path("/reti/lecco/")


@pytest.fixture
def other_network(page_by_path):
    return page_by_path("/reti/brescia/")
