"""/buone-pratiche/: query, filters with counts, totals, pagination, bad parameters."""

import re

import pytest

from goodpractices.models import Measure, Qualifier
from tests.factories import GoodPracticePageFactory, InterventionKindFactory, indicator
from tests.goodpractices.helpers import facet_counts, results_count, totals

pytestmark = pytest.mark.django_db

URL = "/buone-pratiche/"


def get(client, query="", status=200):
    response = client.get(URL + query)
    assert response.status_code == status, response.status_code
    return response.content.decode()


def test_lists_the_thirteen_practices_with_counts_per_value(client):
    html = get(client)
    assert results_count(html) == 13
    counts = facet_counts(html)
    assert counts["tipo"] == {
        "welfare-aziendale": 6,
        "organizzazione-family-friendly": 1,
        "rete-interaziendale": 3,
        "servizio-territoriale": 6,
        "accompagnamento-imprese": 2,
        "bando": 4,
    }
    assert counts["periodo"] == {"intesa-2010-2012": 13}
    assert sum(counts["rete"].values()) == 13 and len(counts["rete"]) == 13  # Milano 1 and 2 have none
    assert counts["beneficiari"]["bambini"] == 6
    assert counts["obiettivo"]["cura-bambini-adolescenti"] == 6


def test_totals_over_all_practices_are_sums_of_the_indicators(client):
    assert totals(get(client)) == {
        "progetti presentati": "60",
        "progetti finanziati o realizzati": "47",
        "imprese coinvolte": "220",
        "lavoratrici e lavoratori raggiunti": "1.401",
        "figli raggiunti": "319",
        "persone non autosufficienti raggiunte": "34",
        "famiglie raggiunte": "500",
        "persone raggiunte": "200",
        "accordi di partenariato": "57",
        "sportelli attivati": "19",
    }


def test_company_welfare_filter_narrows_results_counts_and_totals(client):
    html = get(client, "?tipo=welfare-aziendale")
    assert results_count(html) == 6
    counts = facet_counts(html)
    # Other facets count within the filtered results...
    assert counts["rete"] == dict.fromkeys(("bergamo", "brescia", "lecco", "lodi", "monza-brianza", "varese"), 1)
    # ...while the facet's own values still count as alternatives (OR within a facet).
    assert counts["tipo"]["servizio-territoriale"] == 6
    shown = totals(html)
    assert shown["lavoratrici e lavoratori raggiunti"] == "1.401"  # 389 Brescia + 565 Lecco + 447 Monza
    assert shown["imprese coinvolte"] == "220"  # 20 Brescia + 200 Bergamo
    assert "famiglie raggiunte" not in shown


def test_filters_combine_or_within_and_across_facets(client):
    assert results_count(get(client, "?rete=lecco&rete=brescia")) == 2
    assert results_count(get(client, "?rete=lecco&rete=brescia&obiettivo=cura-bambini-adolescenti")) == 1
    assert results_count(get(client, "?tipo=bando&beneficiari=famiglie")) == 1  # Milano


def test_every_count_shown_is_the_number_of_results_it_leads_to(client):
    base = "?tipo=welfare-aziendale"
    for name, options in facet_counts(get(client, base)).items():
        for value, count in options.items():
            if name == "tipo" and value == "welfare-aziendale":
                continue
            expected_query = f"{base}&{name}={value}" if name != "tipo" else f"?tipo={value}"
            assert results_count(get(client, expected_query)) == count, (name, value)


def test_text_query_searches_and_combines_with_filters(client):
    html = get(client, "?q=figli")
    assert results_count(html) >= 2
    assert "Bando gestito direttamente dalla ASL" in html
    assert results_count(get(client, "?q=figli&rete=brescia")) == 1
    assert results_count(get(client, "?q=parolachenonesiste")) == 0


def test_no_results_offers_to_remove_each_filter(client):
    html = get(client, "?rete=lecco&obiettivo=cura-non-autosufficienti")
    assert results_count(html) == 0
    assert "Nessuna buona pratica corrisponde" in html
    assert 'href="?obiettivo=cura-non-autosufficienti"' in html  # remove «Lecco»
    assert 'href="?rete=lecco"' in html  # remove the objective


def test_an_oltre_summand_makes_the_total_a_minimum(client, network):
    GoodPracticePageFactory(
        parent=network,
        indicators=[indicator("aziende", 100, Measure.COMPANIES, qualifier=Qualifier.MORE_THAN)],
    )
    assert totals(get(client, "?rete=lecco"))["imprese coinvolte"] == "oltre 100"


@pytest.mark.parametrize(
    ("query", "same_as"),
    [
        ("?page=abc", ""),  # not a number: the first page
        ("?page=-1", ""),
        ("?page=99999", ""),  # past the end: the last page
        ("?q=" + "x" * 5000, "?q=" + "x" * 20),  # a word no practice holds, cut to the field's size
        ('?q="AND(', "?q=AND"),  # punctuation is not syntax
        ("?q=%00", ""),  # no word: the whole library
        ("?tipo=%00", ""),  # the control character removed (hardening.limits): an empty value, no filter
        ("?q=*", "?q=" + "x" * 20),  # not a wildcard: found nowhere
        ("?q=NOT", "?q=not"),  # an operator's name is a plain word
    ],
)
def test_odd_but_harmless_parameters_give_a_normal_page(client, query, same_as):
    assert results_count(get(client, query)) == results_count(get(client, same_as))


@pytest.mark.parametrize(
    ("query", "filter_label"),
    [
        ("?rete=atlantide", "Rete"),
        ("?tipo=welfare%20aziendale", "Tipo di intervento"),
        ("?obiettivo=" + "a" * 500, "Obiettivo"),
        ("?periodo=<script>", "Periodo"),
        ("?" + "&".join(f"beneficiari=b{i}" for i in range(40)), "A chi è rivolta"),
    ],
)
def test_invalid_filter_values_give_400_with_a_clear_message(client, query, filter_label):
    html = get(client, query, status=400)
    assert "non sono validi e sono stati ignorati" in html
    assert filter_label in html
    assert results_count(html) == 13  # the invalid filter is ignored, the page still works
    assert "<script>" not in html.split("<main", 1)[1]


def test_valid_filters_are_kept_when_another_is_invalid(client):
    html = get(client, "?tipo=welfare-aziendale&rete=atlantide", status=400)
    assert results_count(html) == 6
    assert "Rete: «atlantide» non è tra i valori disponibili." in html
    # The valid values of the same parameter apply too.
    assert results_count(get(client, "?rete=lecco&rete=atlantide", status=400)) == 1


def test_pagination_keeps_the_filters_in_the_url(client, network):
    kind = InterventionKindFactory(slug="welfare-aziendale")
    for number in range(12):
        GoodPracticePageFactory(parent=network, title=f"Pratica paginata {number:02}", kinds=[kind])
    html = get(client, "?rete=lecco&tipo=welfare-aziendale")
    assert results_count(html) == 13
    assert 'href="?rete=lecco&amp;tipo=welfare-aziendale&amp;page=2"' in html
    second = get(client, "?rete=lecco&tipo=welfare-aziendale&page=2")
    assert "Pagina 2 di 2" in second
    assert second.count('class="practice-card"') == 3


def test_query_count_does_not_grow_with_the_results(client, network, django_assert_max_num_queries):
    get(client)  # warm caches (site, locales)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        get(client, "?rete=lecco")
    for _ in range(9):
        GoodPracticePageFactory(parent=network, indicators=[indicator("lavoratori", 5, Measure.WORKERS)])
    with django_assert_max_num_queries(len(few)):
        html = get(client, "?rete=lecco")
    assert results_count(html) == 10


def test_the_form_works_without_javascript(client):
    html = get(client)
    assert '<form method="get" action="/buone-pratiche/#risultati"' in html
    assert not re.search(r"<script(?![^>]*\ssrc=)", html)


def test_admin_preview_renders_the_library(page_by_path, rf, admin_user):
    library = page_by_path(URL)
    request = rf.get(URL)
    request.user = admin_user
    response = library.make_preview_request(request, library.default_preview_mode)
    assert response.status_code == 200
    assert results_count(response.rendered_content) == 13
