"""Italian analysis and query building, without a database."""

from modelsearch.query import And, Or, Phrase, PlainText

from search.analysis import analyse, fold, stem, tokens, word_stem
from search.query import build_query, query_stems
from search.synonyms import SynonymTable

GROUPS = [["asilo nido", "nido", "micronido", "sezione primavera"], ["welfare aziendale", "welfare d'impresa"]]


def test_inflections_and_accents_share_a_stem():
    assert stem("bambini") == stem("bambino")
    assert stem("famiglie") == stem("famiglia")
    assert stem("servizi") == stem("servizio")
    assert stem(fold("attività")) == stem("attivita")
    assert stem(fold("Città")) == stem("citta")


def test_a_word_as_written_is_folded_before_it_is_stemmed_and_stop_words_have_none():
    """What a snippet asks of each word (cached per word): the stem the query's words have."""
    assert word_stem("Famiglie") == word_stem("famiglia") == stem("famiglia")
    assert word_stem("ATTIVITÀ") == stem("attivita")
    assert word_stem("della") is None
    assert word_stem("È") is None
    assert word_stem("3") == stem("3")


def test_tokens_drop_stop_words_and_elided_articles():
    assert tokens("Gli asili nido dell'infanzia e l’ufficio") == ["asili", "nido", "infanzia", "ufficio"]
    assert analyse("Centri Estivi per i bambini") == "centr estiv bambin"


def test_plain_words_are_joined_by_the_configured_operator(settings):
    settings.SEARCH_OPERATOR = "and"
    query = build_query("centri Lecco", SynonymTable([]))
    assert isinstance(query, And)
    assert [part.query_string for part in query.subqueries] == ["centri", "lecco"]
    assert all(part.operator == "and" for part in query.subqueries)
    settings.SEARCH_OPERATOR = "or"
    assert isinstance(build_query("centri Lecco", SynonymTable([])), Or)


def test_a_synonym_is_replaced_by_its_whole_group_matched_on_stems():
    query = build_query("asili nido a Lecco", SynonymTable(GROUPS))
    group, place = query.subqueries
    assert isinstance(group, Or)
    assert [type(term) for term in group.subqueries] == [Phrase, PlainText, PlainText, Phrase]
    assert [term.query_string for term in group.subqueries] == GROUPS[0]
    assert place.query_string == "lecco"


def test_longest_synonym_wins_and_elisions_match():
    query = build_query("welfare d'impresa", SynonymTable(GROUPS))
    assert isinstance(query, Or)
    assert [term.query_string for term in query.subqueries] == GROUPS[1]


def test_query_of_only_stop_words_is_empty():
    assert build_query("il della per", SynonymTable(GROUPS)) is None


def test_slashed_references_become_phrases():
    query = build_query("DGR X/1081", SynonymTable([]))
    assert isinstance(query.subqueries[1], Phrase)
    assert query.subqueries[1].query_string == "x/1081"


def test_highlight_stems_include_synonyms():
    assert {"micronid", "primaver", "lecc"} <= query_stems("nido Lecco", SynonymTable(GROUPS))
