"""Precision: for each query of the list, every page of the first five holds a word of the
query or one of its thesaurus terms, judged without the stemmer: the same word, or another
form of it (words of four letters or more that differ in their last two letters at most).
A word of three letters or less (an acronym) counts whole only: "CRE" must not list pages
that only say "creare", "crea"."""

import os

import pytest
from django.core.management import call_command
from django.db import connection
from modelsearch.index import RelatedFields, SearchField

from search.analysis import flatten, tokens
from search.entry import search
from search.query import segments
from search.synonyms import synonym_table
from search.visibility import searchable_pages

pytestmark = pytest.mark.django_db

PRECISION_QUERIES = [
    "CRE",
    "centri estivi",
    "summer camp",
    "grest",
    "ASL",
    "ASL Lodi",
    "nido",
    "asili nido",
    "doposcuola",
    "after-school",
    "anziani",
    "badante",
    "smart working",
    "lavoro agile",
    "telelavoro",
    "part-time",
    "coworking",
    "job sharing",
    "welfare aziendale",
    "voucher",
    "bando",
    "finanziamenti",
    "ragazzi",
    "conciliare",
    "maternità",
    "congedi",
    "sportelli",
    "pedibus",
    "nonni",
    "disabili",
    "famiglie fragili",
    "DGR",
    "l.r. 3/2008",
    "monoparentali",
    "counseling",
    "lavanderia",
    "risorse umane",
]
MIN_QUERIES = 30


def field_texts(obj, fields):
    for field in fields:
        if isinstance(field, RelatedFields):
            related = field.get_value(obj)
            related = related.all() if hasattr(related, "all") else [related] if related is not None else []
            for sub_obj in related:
                yield from field_texts(sub_obj, field.fields)
        elif isinstance(field, SearchField):
            yield flatten(field.get_value(obj))


def indexed_words(page):
    """The words of everything the search index holds for `page` (its search fields)."""
    return set(tokens(" ".join(field_texts(page, page.get_search_fields()))))


def same_word(word, other):
    if word == other:
        return True
    shortest, longest = sorted((len(word), len(other)))
    return shortest >= 4 and len(os.path.commonprefix([word, other])) >= longest - 2


def wanted_words(query, table):
    """The words of the query and of the thesaurus terms it stands for."""
    return {word for segment in segments(query, table) for term in segment.terms for word in tokens(term)}


def holds(page, wanted):
    return any(same_word(word, other) for word in indexed_words(page) for other in wanted)


def test_first_five_results_hold_a_word_of_the_query(capsys):
    assert len(PRECISION_QUERIES) >= MIN_QUERIES
    call_command("update_index", verbosity=0)
    table = synonym_table()
    precise, faults = 0, []
    for query in PRECISION_QUERIES:
        wanted = wanted_words(query, table)
        strangers = [
            page.url_path for page in search(searchable_pages(), query)[:5] if not holds(page.specific, wanted)
        ]
        precise += not strangers
        if strangers:
            faults.append(f"  {query!r}: {strangers}")
    with capsys.disabled():
        print(f"\nPrecision list on {connection.vendor}: {precise} of {len(PRECISION_QUERIES)} queries precise")
        print("\n".join(faults))
    assert not faults


def test_an_acronym_finds_whole_words_only(found_paths, make_page):
    make_page("Creare alleanze", "Crea reti locali: è stato creato un tavolo.")
    make_page("CRE estate", "Il CRE comunale per la primaria.")
    found = found_paths("CRE")
    assert "/cre-estate/" in found
    assert "/creare-alleanze/" not in found
