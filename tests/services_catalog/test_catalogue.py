"""The catalogue at /servizi/: every filter and its counts, query, sorting, pagination,
URL state, no-results help and bad parameters (a bad filter value: 400, home.listing).
Runs on SQLite and on PostgreSQL."""

import re
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from services_catalog import catalogue
from services_catalog.models import ServicePage
from tests.services_catalog.catalogue_services import make_service

pytestmark = pytest.mark.django_db

URL = "/servizi/"


def titles(response):
    return [
        unescape(t) for t in re.findall(r'<h3 class="h5 mb-1"><a href="[^"]+">([^<]+)</a>', response.content.decode())
    ]


def result_count(response):
    return re.search(r'id="results-count">(\d+) serviz', response.content.decode()).group(1)


def option_count(response, name, value):
    """The «(n)» next to one filter value, and whether it is disabled."""
    html = response.content.decode()
    checkbox = re.search(
        rf'<input type="checkbox" id="[^"]+" name="{name}" value="{re.escape(value)}"([^>]*)>\s*'
        rf'<label[^>]*>[^<]*<span class="facet-count">\((\d+)\)</span>',
        html,
    )
    if checkbox:
        return int(checkbox.group(2)), "disabled" in checkbox.group(1)
    option = re.search(rf'<option value="{re.escape(value)}"([^>]*)>[^<(]*\((\d+)\)</option>', html)
    if option:
        return int(option.group(2)), "disabled" in option.group(1)
    return None


def expect(response, services, *keys, status=200):
    assert response.status_code == status
    assert sorted(titles(response)) == sorted(services[key].title for key in keys)
    assert result_count(response) == str(len(keys))


def test_without_filters_every_live_service_is_listed(client, services):
    response = client.get(URL)
    expect(response, services, "A", "B", "C", "D", "E")
    assert "5 servizi" in response.content.decode()
    assert option_count(response, "obiettivo", "cura-bambini-adolescenti") == (3, False)
    assert option_count(response, "obiettivo", "percorso-professionale") is None  # no service: not offered
    assert option_count(response, "gratuito", "1") == (3, False)


def test_objective_filter_and_counts(client, services):
    response = client.get(URL, {"obiettivo": "cura-bambini-adolescenti"})
    expect(response, services, "A", "B", "E")
    # The objective's own counts ignore the objective filter; the others apply it.
    assert option_count(response, "obiettivo", "liberare-tempo") == (1, False)
    assert option_count(response, "rete", "como") is None  # no service: not offered
    assert option_count(response, "rete", "lecco") == (3, False)
    both = client.get(URL, {"obiettivo": ["cura-bambini-adolescenti", "liberare-tempo"]})
    expect(both, services, "A", "B", "C", "E")


def test_action_filter_and_counts(client, services):
    response = client.get(URL, {"azione": ["nido-aziendale", "baby-sitting-emergenza"]})
    expect(response, services, "A", "E")
    assert option_count(response, "azione", "smart-working") == (1, False)
    assert option_count(response, "gratuito", "1") == (2, False)
    # Actions no service uses are hidden.
    assert option_count(response, "azione", "telelavoro") is None


def test_audience_filter_and_counts(client, services):
    response = client.get(URL, {"destinatari": "imprese"})
    expect(response, services, "C", "D")
    assert option_count(response, "destinatari", "famiglie") == (4, False)
    assert option_count(response, "obiettivo", "organizzazione-tempi-lavoro") == (1, False)


def test_network_filter_and_counts(client, services):
    response = client.get(URL, {"rete": "lecco"})
    expect(response, services, "A", "B", "E")
    assert option_count(response, "rete", "como") == (2, False)
    assert option_count(response, "rete", "pavia") is None  # no service: not offered


def test_free_filter_and_counts(client, services):
    response = client.get(URL, {"gratuito": "1"})
    expect(response, services, "A", "C", "E")
    assert option_count(response, "gratuito", "1") == (3, False)
    assert option_count(response, "rete", "lecco") == (2, False)


def test_weekday_filter_and_counts(client, services):
    response = client.get(URL, {"giorno": "0"})
    expect(response, services, "A", "C")
    assert option_count(response, "giorno", "2") == (1, False)
    assert option_count(response, "giorno", "5") == (1, False)
    assert option_count(response, "giorno", "6") is None  # no service: not offered
    assert option_count(response, "rete", "lecco") == (1, False)


@pytest.mark.parametrize(
    ("params", "keys"),
    [
        ({"eta": "18", "unita": "mesi", "eta_nota": "1"}, ("A", "E")),
        ({"eta": "2", "eta_nota": "1"}, ("A", "E")),  # 24-35 months
        ({"eta": "3", "unita": "anni", "eta_nota": "1"}, ("A", "B", "E")),  # 36-47 months
        ({"eta": "12", "eta_nota": "1"}, ("B", "E")),  # 144-155 months
        ({"eta": "15", "eta_nota": "1"}, ()),
        ({"eta": "0", "unita": "mesi", "eta_nota": "1"}, ()),
        # Without «known ages only» the services that give no age (C, D) stay.
        ({"eta": "2"}, ("A", "C", "D", "E")),
        ({"eta": "15"}, ("C", "D")),
    ],
)
def test_age_filter_matches_age_ranges(client, services, params, keys):
    expect(client.get(URL, params), services, *keys)


def test_text_query_uses_search_and_combines_with_filters(client, services):
    expect(client.get(URL, {"q": "nido"}), services, "A")
    response = client.get(URL, {"q": "sportello", "rete": "como"})
    expect(response, services, "C")
    assert option_count(response, "rete", "lecco") is None  # no service: not offered
    assert option_count(response, "rete", "como") == (1, False)


def test_combined_journey_filters(client, services):
    response = client.get(URL, {"rete": "lecco", "eta": "18", "unita": "mesi", "gratuito": "1"})
    expect(response, services, "A", "E")


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("titolo", ["E", "B", "D", "A", "C"]),
        ("verifica", ["E", "B", "A", "C", "D"]),
    ],
)
def test_sorting(client, services, sort, expected):
    response = client.get(URL, {"ordina": sort})
    assert titles(response) == [services[key].title for key in expected]


def test_pagination_keeps_the_filters_in_the_url(client, services, monkeypatch):
    monkeypatch.setattr(catalogue, "RESULTS_PER_PAGE", 2)
    response = client.get(URL, {"rete": "lecco", "ordina": "titolo"})
    html = response.content.decode()
    assert "Pagina 1 di 2" in html
    assert 'href="?rete=lecco&amp;ordina=titolo&amp;page=2"' in html
    second = client.get(URL, {"rete": "lecco", "ordina": "titolo", "page": "2"})
    assert titles(second) == [services["A"].title]
    # The form shows the state it came from.
    assert 'value="lecco" checked' in second.content.decode()
    # Past the end (an old link, an edited number): the last page, as Django's get_page.
    for number in ("3", "99999999999999999999999"):
        beyond = client.get(URL, {"rete": "lecco", "ordina": "titolo", "page": number})
        assert titles(beyond) == [services["A"].title]
        assert "Pagina 2 di 2" in beyond.content.decode()


def test_no_results_offers_to_remove_each_filter(client, services):
    response = client.get(URL, {"q": "nido", "rete": "como", "gratuito": "1"})
    html = unescape(response.content.decode())
    assert "0 servizi" in html
    assert "Nessun servizio corrisponde" in html
    links = re.findall(r'<li><a href="(\?[^"]*)">Rimuovi il filtro ([^<]+)</a></li>', html)
    assert [label for _url, label in links] == [
        "Ricerca: «nido»",
        "Rete territoriale: Como",
        "Solo servizi gratuiti: sì",
    ]
    removal = {label: url for url, label in links}
    expect(client.get(URL + removal["Rete territoriale: Como"]), services, "A")


def test_age_zero_is_an_applied_filter(client, services):
    html = unescape(client.get(URL, {"eta": "0", "unita": "mesi"}).content.decode())
    links = re.findall(r'<li><a href="(\?[^"]*)">Rimuovi il filtro ([^<]+)</a></li>', html)
    assert [label for _url, label in links] == ["Età: 0 mesi"]


@pytest.mark.parametrize(
    "params",
    [
        {"page": "abc"},
        {"page": "-3"},
        {"page": "99999999999999999999999"},
        {"ordina": "prezzo"},
        {"q": "x" * 10000},
        {"q": "nido\x00 ' OR 1=1 --"},
        {"q": '"unbalanced AND ( OR'},
        {"q": "*"},
        {"q": "!!!", "rete": "como", "gratuito": "1"},  # no word to search, filters in use
    ],
)
def test_odd_page_sort_or_text_gives_a_normal_page(client, services, params):
    response = client.get(URL, params)
    assert response.status_code == 200
    assert re.search(r'id="results-count">\d+ serviz', response.content.decode())


@pytest.mark.parametrize(
    ("params", "label"),
    [
        ({"eta": "-1"}, "Età del bambino o della bambina"),
        ({"eta": "abc"}, "Età del bambino o della bambina"),
        ({"eta": "1e9"}, "Età del bambino o della bambina"),
        ({"eta": "101"}, "Età del bambino o della bambina"),
        ({"eta": "99999999999999999999999999", "unita": "mesi"}, "Età del bambino o della bambina"),
        ({"unita": "secoli", "eta": "2"}, "Unità"),
        ({"eta": "15", "eta_nota": "forse"}, "Solo servizi che indicano l'età"),
        ({"obiettivo": "non-esiste"}, "Obiettivo"),
        ({"azione": ["nido-aziendale", "x" * 5000]}, "Azione"),
        ({"rete": ["lecco"] * 500}, "Rete territoriale"),
        ({"comune": "Atlantide"}, "Il tuo comune"),
        ({"giorno": "9"}, "Aperto il"),
        ({"giorno": "lunedì"}, "Aperto il"),
        ({"gratuito": "forse"}, "Solo servizi gratuiti"),
    ],
)
def test_a_bad_filter_value_is_a_400_with_its_message_in_the_form(client, services, params, label):
    response = client.get(URL, params)
    html = unescape(response.content.decode())
    assert response.status_code == 400
    assert re.search(r'id="results-count">\d+ serviz', html)  # the page still lists
    errors = html.split('id="listing-errors"', 1)[1].split("</div>", 1)[0]
    assert f"<li>{label}: " in errors
    assert "x" * 41 not in errors  # a long value is quoted cut short


def test_bad_values_are_dropped_and_good_ones_kept(client, services):
    expect(client.get(URL, {"rete": ["lecco", "atlantide"]}), services, "A", "B", "E", status=400)
    response = client.get(URL, {"eta": "-4", "rete": "como"})
    expect(response, services, "C", "D", status=400)
    assert "L&#x27;età non può essere negativa." in response.content.decode()
    expect(client.get(URL, {"page": "abc", "rete": "como"}), services, "C", "D")


def test_query_count_does_not_grow_with_results_per_page(client, services, monkeypatch, django_assert_max_num_queries):
    from services_catalog import demo

    demo.generate(120, seed=3)
    params = {"q": "servizio", "destinatari": "famiglie"}
    client.get(URL, params)  # the first search reads the thesaurus into the shared cache
    counts = []
    for per_page in (5, 50):
        monkeypatch.setattr(catalogue, "RESULTS_PER_PAGE", per_page)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(URL, params)
        assert len(titles(response)) == min(per_page, int(result_count(response)))
        counts.append(len(queries))
    assert int(result_count(response)) > 50
    assert counts[0] == counts[1]
    with django_assert_max_num_queries(counts[0]):
        client.get(URL, params)


@pytest.mark.parametrize("hidden", ["draft", "private"])
def test_a_municipality_only_an_unpublished_service_names_is_treated_as_unknown(client, services, hidden):
    from wagtail.models import PageViewRestriction

    secret = make_service("como", "Servizio nascosto", "cura-bambini-adolescenti", "nido-aziendale", [], "Segretopoli")
    if hidden == "draft":
        ServicePage.objects.filter(pk=secret.pk).update(live=False)
    else:
        PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    hidden_answer = client.get(URL, {"comune": "Segretopoli"})
    unknown_answer = client.get(URL, {"comune": "Atlantide"})
    expect(hidden_answer, services, *"ABCDE", status=400)
    expect(unknown_answer, services, *"ABCDE", status=400)
    # Answered exactly as an unknown name: nothing tells that a hidden service exists.
    same = hidden_answer.content.decode().replace("Segretopoli", "?")
    assert same == unknown_answer.content.decode().replace("Atlantide", "?")


def test_the_age_comes_right_after_the_need_in_the_filters(client, services):
    """A parent gives the need and the child's age first: on a phone the age field is not
    below the long lists of objectives and actions."""
    html = client.get(URL).content.decode()
    positions = [html.index(marker) for marker in ('class="needs"', 'id="f-eta"', 'name="obiettivo"')]
    assert positions == sorted(positions)
