"""«Il tuo comune» on the catalogue: distance order, radius, the covering network, the age
filter that keeps unknown ages, the needs in the visitor's words, and the ways out of a
short list. Runs on SQLite and on PostgreSQL."""

import re
from html import unescape

import pytest

from home.geography.municipalities import distance_km, find_municipality
from tests.services_catalog.test_catalogue import URL, expect, titles

pytestmark = pytest.mark.django_db


def html_of(response):
    assert response.status_code == 200
    return unescape(response.content.decode())


def distances(response):
    """Each card's distance line, in order."""
    return re.findall(r'<p class="service-distance mb-1">(?:<strong>)?([^<]+)', html_of(response))


def km_between(one, other):
    a, b = find_municipality(one), find_municipality(other)
    return round(distance_km(a.latitude, a.longitude, b.latitude, b.longitude))


def test_results_sort_by_distance_from_the_municipality(client, services):
    response = client.get(URL, {"comune": "lecco"})
    # A and E are in Lecco (by title), then Merate, then Como; D has no place: last.
    assert titles(response) == [services[key].title for key in ("E", "A", "B", "C", "D")]
    assert distances(response) == [
        "nel tuo comune",
        "nel tuo comune",
        f"a {km_between('Lecco', 'Merate')} km",
        f"a {km_between('Lecco', 'Como')} km",
        "distanza non nota",
    ]
    # An explicit order wins; the form sends «Consigliato» back empty.
    by_title = client.get(URL, {"comune": "lecco", "ordina": "titolo"})
    assert titles(by_title) == [services[key].title for key in ("E", "B", "D", "A", "C")]
    assert titles(client.get(URL, {"comune": "lecco", "ordina": ""})) == titles(response)


def test_a_location_with_coordinates_is_measured_from_them(client, services):
    location = services["C"].locations.get()
    milano = find_municipality("Milano")
    location.latitude, location.longitude = milano.latitude, milano.longitude
    location.save()
    response = client.get(URL, {"comune": "Monza"})
    cards = dict(zip(titles(response), distances(response), strict=True))
    assert cards[services["C"].title] == f"a {km_between('Monza', 'Milano')} km"


def test_the_radius_filters_and_offers_the_nearest_beyond_it(client, services):
    merate = km_between("Lecco", "Merate")
    response = client.get(URL, {"comune": "Lecco", "raggio": "10"})
    expect(response, services, "A", "E")
    html = html_of(response)
    assert "in tutta la Lombardia: 5 servizi" in html
    nearest = re.findall(r'<ul class="nearest">(.*?)</ul>', html, re.S)[0]
    assert nearest.count("<li>") == 2  # D, at no known distance, is near nothing
    assert re.findall(r">([^<]+)</a> · ([^<]+)</li>", nearest) == [
        (services["B"].title, f"a {merate} km"),
        (services["C"].title, f"a {km_between('Lecco', 'Como')} km"),
    ]
    wider = client.get(URL, {"comune": "Lecco", "raggio": "50"})
    expect(wider, services, "A", "B", "C", "E")


def test_relaxations_say_what_each_filter_would_give(client, services):
    response = client.get(URL, {"rete": "como", "eta": "2", "eta_nota": "1"})
    expect(response, services)
    html = html_of(response)
    relaxations = re.findall(r'<ul class="relaxations">(.*?)</ul>', html, re.S)[0]
    links = dict(re.findall(r'<a href="([^"]+)">([^<]+)</a>', relaxations))
    assert set(links.values()) == {"senza il filtro «rete territoriale»: 2 servizi", "senza il filtro età: 2 servizi"}
    age_removed = next(url for url, label in links.items() if label.startswith("senza il filtro età"))
    expect(client.get(URL + age_removed.replace("&amp;", "&").split("#")[0]), services, "C", "D")


def test_a_text_query_is_relaxed_too(client, services):
    html = html_of(client.get(URL, {"q": "nido", "rete": "como"}))
    assert "senza il testo cercato: 2 servizi" in html


def test_the_age_filter_keeps_services_of_unknown_age_and_says_so(client, services):
    response = client.get(URL, {"eta": "7"})
    expect(response, services, "B", "C", "D", "E")
    html = html_of(response)
    assert html.count("<strong>età non indicata</strong>") == 2  # C and D
    known = client.get(URL, {"eta": "7", "eta_nota": "1"})
    expect(known, services, "B", "E")
    assert "<strong>età non indicata</strong>" not in html_of(known)


@pytest.mark.parametrize(
    ("need", "keys"),
    [
        ("nido-prima-infanzia", ("A", "E")),
        ("centri-estivi", ("B",)),
        ("sportelli", ("C",)),
        ("imprese", ("C", "D")),
        ("anziani-disabili", ()),
    ],
)
def test_needs_in_the_visitors_words(client, services, need, keys):
    expect(client.get(URL, {"bisogno": need}), services, *keys)


def test_needs_are_the_first_filter_offered(client, services):
    html = html_of(client.get(URL))
    assert html.index('name="bisogno"') < html.index('name="obiettivo"')
    assert "Nido e prima infanzia" in html


def test_the_network_covering_the_municipality_is_named_and_linked(client, services):
    html = html_of(client.get(URL, {"comune": "Merate"}))
    assert re.search(r'Merate è nel territorio della <a href="/reti/lecco/">Rete di Lecco</a>', html)
    # Milan's networks split the province: their territories are left to their editors.
    html = html_of(client.get(URL, {"comune": "Milano"}))
    assert "La rete che copre Milano non è ancora indicata" in html
    assert '<a href="/reti/">' in html


def test_an_unknown_municipality_is_reported_and_kept(client, services):
    response = client.get(URL, {"comune": "Meratte", "rete": "lecco"})
    html = unescape(response.content.decode())
    assert response.status_code == 400  # a bad filter value (home.listing's policy)
    assert "«Meratte» non è un comune della Lombardia. Forse cercavi: Merate." in html
    assert 'value="Meratte"' in html
    assert 'aria-invalid="true"' in html
    assert sorted(titles(response)) == sorted(services[key].title for key in "ABE")  # the rest applies


def test_municipality_names_for_suggestions(client, db):
    response = client.get("/comuni.json")
    assert response.status_code == 200
    names = response.json()
    assert len(names) == 1502
    assert "Sant'Angelo Lodigiano" in names
    assert "max-age=86400" in response["Cache-Control"]
