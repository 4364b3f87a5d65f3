"""Networks' territories: seeded where the 2015 ASL's territory is a province, left empty and
flagged for editors where it is not, never overwritten once edited."""

import pytest

from home.geography.municipalities import all_municipalities
from home.models import Municipality, NetworkPage
from home.seed.loader import load

pytestmark = pytest.mark.django_db

SPLIT = ["milano", "milano-1", "milano-2", "bergamo", "brescia", "vallecamonica-sebino"]


def test_every_municipality_of_the_data_file_is_a_row():
    assert Municipality.objects.count() == len(all_municipalities()) == 1502


@pytest.mark.parametrize(("slug", "province"), [("lecco", "LC"), ("monza-brianza", "MB"), ("sondrio", "SO")])
def test_a_network_whose_asl_was_a_province_covers_its_municipalities(slug, province):
    network = NetworkPage.objects.get(slug=slug, locale__language_code="it")
    covered = set(network.municipalities.values_list("province", flat=True))
    assert covered == {province}
    assert network.municipalities.count() == Municipality.objects.filter(province=province).count()
    assert "comuni del territorio" not in [str(label) for label in network.missing_information()]
    # The live revision holds the territory too: the editor's form opens with it.
    revision_page = network.get_latest_revision_as_object()
    assert revision_page.municipalities.count() == network.municipalities.count()


@pytest.mark.parametrize("slug", SPLIT)
def test_a_network_that_split_a_province_is_left_for_its_editors(slug):
    network = NetworkPage.objects.get(slug=slug, locale__language_code="it")
    assert not network.municipalities.exists()
    assert "comuni del territorio" in [str(label) for label in network.missing_information()]


def test_reloading_the_seed_keeps_an_edited_territory():
    network = NetworkPage.objects.get(slug="lecco", locale__language_code="it")
    network.municipalities.set(Municipality.objects.filter(name__in=["Lecco", "Merate"]))
    network.save()
    load()
    assert sorted(network.municipalities.values_list("name", flat=True)) == ["Lecco", "Merate"]
