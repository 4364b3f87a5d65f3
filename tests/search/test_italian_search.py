"""Italian search on the database backend in use (SQLite or PostgreSQL): inflections,
accents, editor-managed synonyms, full matches before partial ones."""

import pytest

from search.models import SynonymGroup

pytestmark = pytest.mark.django_db


@pytest.fixture
def nursery_pages(make_page):
    return {
        "bambino": make_page("Ludoteca comunale", "Uno spazio gioco per ogni bambino da uno a tre anni."),
        "attivita": make_page("Laboratori creativi", "Attività pomeridiane di gioco e lettura."),
        "famiglia": make_page("Sportello unico", "Orientamento per ogni famiglia che lavora."),
        "servizio": make_page("Trasporto scolastico", "Un servizio di accompagnamento casa-scuola."),
        "micronido": make_page("Micronido aziendale Alfa", "Posti riservati ai figli dei dipendenti."),
        "primavera": make_page("Sezione primavera di Beta", "Accoglie i piccoli tra i 24 e i 36 mesi."),
        "cre": make_page("CRE estate ragazzi", "Giornate al parco per la scuola primaria."),
        "anziani": make_page("Assistenza domiciliare", "Aiuto a casa per persone non autosufficienti."),
        "agile": make_page("Accordi aziendali", "Lavoro agile due giorni alla settimana."),
        "impresa": make_page("Buone prassi", "Esempi di welfare d'impresa nelle piccole aziende."),
    }


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("bambini", "bambino"),
        ("attivita", "attivita"),
        ("ATTIVITÀ", "attivita"),
        ("famiglie", "famiglia"),
        ("servizi", "servizio"),
    ],
)
def test_inflections_and_accents(found_paths, nursery_pages, query, key):
    assert nursery_pages[key].url_path.removeprefix("/home") in found_paths(query)


@pytest.mark.parametrize(
    ("query", "keys"),
    [
        ("asilo nido", {"micronido", "primavera"}),
        ("asili nido", {"micronido", "primavera"}),
        ("centri estivi", {"cre"}),
        ("grest", {"cre"}),
        ("anziani", {"anziani"}),
        ("smartworking", {"agile"}),
        ("smart working", {"agile"}),
        ("welfare aziendale", {"impresa"}),
    ],
)
def test_seed_synonyms(found_paths, nursery_pages, query, keys):
    found = set(found_paths(query))
    assert {nursery_pages[key].url_path.removeprefix("/home") for key in keys} <= found


def test_synonyms_edited_in_admin_apply_at_once(found_paths, nursery_pages):
    assert found_paths("ludobus") == []
    SynonymGroup.objects.create(name="Ludoteca", terms="ludobus\nludoteca")
    assert found_paths("ludobus") == ["/ludoteca-comunale/"]
    SynonymGroup.objects.filter(name="Ludoteca").delete()
    assert found_paths("ludobus") == []


def test_pages_holding_every_word_come_first_then_most_of_them(found_paths, make_page):
    make_page("Gioco al parco", "Pomeriggi di gioco per bambini al parco.")
    make_page("Gioco e lettura", "Letture per bambini in biblioteca.")
    make_page("Lettura ad alta voce", "Letture in biblioteca.")
    # Three words: the page with all three first, then those with two; one of three is not enough.
    assert found_paths("gioco bambini parco") == ["/gioco-al-parco/", "/gioco-e-lettura/"]


def test_a_word_no_page_holds_does_not_empty_the_list(found_paths, nursery_pages):
    assert "/micronido-aziendale-alfa/" in found_paths("micronido dipendenti")
    # "pensionati" occurs nowhere: the pages holding "micronido" (or its synonyms) answer.
    assert "/micronido-aziendale-alfa/" in found_paths("micronido pensionati")
    assert found_paths("pensionati vacanze") == []


@pytest.fixture
def broader_pages(make_page):
    SynonymGroup.objects.create(name="Ludobus", terms="ludobus\nludoteca mobile", broader_terms="ludoteca")
    return {
        # The broader term in the title and all over the text: bm25 alone would rank it first.
        "broader": make_page("Ludoteca di Lecco", "La ludoteca di Lecco: ludoteca per bambini, giochi in ludoteca."),
        "typed": make_page("Giochi in piazza", "Passa il ludobus a Lecco con giochi per bambini."),
        "equivalent": make_page("Giochi in cortile", "Una ludoteca mobile a Lecco, per bambini."),
    }


@pytest.mark.parametrize("query", ["ludobus", "ludobus Lecco", "ludobus bambini Lecco"])
def test_pages_of_a_broader_term_rank_after_those_holding_the_word_typed(found_paths, broader_pages, query):
    found = found_paths(query)
    typed, equivalent, broader = (
        broader_pages[key].url_path.removeprefix("/home") for key in ("typed", "equivalent", "broader")
    )
    assert set(found) == {typed, equivalent, broader}
    assert found[-1] == broader


def test_a_broader_term_does_not_lead_back(found_paths, broader_pages):
    assert found_paths("ludoteca") == ["/ludoteca-di-lecco/", "/giochi-in-cortile/"]
