"""Search settings, built for conciliazione/settings/base.py (imports nothing of Django's
app registry, so settings can call it).

- No ELASTICSEARCH_URL: the database backend, with Italian analysis: the
  ``italian_unaccent`` text-search configuration on PostgreSQL (search migration 0002),
  with English pages analysed by PostgreSQL's ``english`` configuration
  (search.backends.postgres); Snowball stems on SQLite (search.backends.sqlite), where
  every language is analysed as Italian.
- ELASTICSEARCH_URL set: Elasticsearch 8 (the client is pinned to major 8) with an
  Italian analyzer (elision, folding, stop words, the light Italian stemmer of
  search.analysis, equivalent synonyms at query time) as the index default, and INDEX_PREFIX.

Elasticsearch's own `light_italian` stemmer leaves words under six letters alone ("nido",
"nidi", "reti"); the two `pattern_replace` filters below apply search.analysis's rules
instead (tests/search/test_inflections.py checks they give the same stems)."""

from search.analysis import MIN_STEM_LENGTH, MIN_STEMMED_LENGTH, STEM_MARK
from search.seed_synonyms import SEED_SYNONYM_GROUPS
from search.stopwords import KEPT_WHOLE

POSTGRES_SEARCH_CONFIG = "italian_unaccent"
# PostgreSQL text-search configurations of the other languages' pages (LANGUAGES in settings).
POSTGRES_LANGUAGE_SEARCH_CONFIGS = {"en": "english"}
# One operator for every backend, passed explicitly with every query (search.query).
SEARCH_OPERATOR = "and"
# Terms-aggregation size for facets: Elasticsearch would otherwise return 10 buckets.
FACET_SIZE = 1000
ITALIAN_ELISION_ARTICLES = [
    "c",
    "l",
    "all",
    "dall",
    "dell",
    "nell",
    "sull",
    "coll",
    "pell",
    "gl",
    "agl",
    "dagl",
    "degl",
    "negl",
    "sugl",
    "un",
    "m",
    "t",
    "s",
    "v",
    "d",
    "quell",
    "quest",
    "po",
]


# The endings the light stemmer removes (search.analysis.inflection_length), two letters first.
INFLECTION_PATTERN = "(?:[ih]e|[hi]i|i[ao]|[aeio])"


def kept_whole_pattern():
    return "(?!(?:" + "|".join(sorted(KEPT_WHOLE)) + ")$)" if KEPT_WHOLE else ""


def light_stem_patterns():
    """(pattern, replacement) pairs in Java regex syntax, applied in order: a stem shorter than
    MIN_STEM_LENGTH gets STEM_MARK, a longer one loses its ending only."""
    short_root = MIN_STEM_LENGTH - 1
    return [
        (
            rf"^(?=\p{{L}}{{{MIN_STEMMED_LENGTH},}}$){kept_whole_pattern()}(\p{{L}}{{1,{short_root}}}?){INFLECTION_PATTERN}$",
            f"$1{STEM_MARK}",
        ),
        (rf"^{kept_whole_pattern()}(\p{{L}}{{{MIN_STEM_LENGTH},}}?){INFLECTION_PATTERN}$", "$1"),
    ]


def light_stem_filters():
    return {
        f"italian_light_stem_{position}": {"type": "pattern_replace", "pattern": pattern, "replacement": replacement}
        for position, (pattern, replacement) in enumerate(light_stem_patterns())
    }


def synonym_rules(entries):
    """Solr-format rules for Elasticsearch's synonym_graph filter, from (terms, broader) pairs:
    "a, b, c" for the equivalents of an entry of two terms or more. Broader terms are left to
    the query (search.query), which asks for them in a clause of lower weight: expanded here,
    they would weigh as much as the words typed."""
    return [", ".join(term.lower() for term in terms) for terms, _broader in entries if len(terms) > 1]


def italian_analysis(groups):
    filters = ["italian_elision", "lowercase", "asciifolding"]
    stemmers = light_stem_filters()
    stemming = ["italian_stop", *stemmers]
    return {
        "filter": {
            "italian_elision": {"type": "elision", "articles": ITALIAN_ELISION_ARTICLES, "articles_case": True},
            "italian_stop": {"type": "stop", "stopwords": "_italian_"},
            **stemmers,
            "italian_synonyms": {"type": "synonym_graph", "synonyms": synonym_rules(groups), "lenient": True},
        },
        "analyzer": {
            "default": {"type": "custom", "tokenizer": "standard", "filter": filters + stemming},
            "default_search": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": filters + ["italian_synonyms"] + stemming,
            },
        },
    }


def seed_entries():
    return [(terms, broader) for _name, terms, broader in SEED_SYNONYM_GROUPS]


def elasticsearch_backend(url, index_prefix):
    return {
        "BACKEND": "search.backends.elasticsearch8",
        "URLS": [url],
        "INDEX_PREFIX": index_prefix,
        "TIMEOUT": 5,
        "FACET_SIZE": FACET_SIZE,
        "OPTIONS": {"max_retries": 1},
        "INDEX_SETTINGS": {"settings": {"analysis": italian_analysis(seed_entries())}},
    }


def database_backend(database_engine):
    if "postgresql" not in database_engine:
        return {"BACKEND": "search.backends.database", "SEARCH_CONFIG": None}
    return {
        "BACKEND": "search.backends.database",
        "SEARCH_CONFIG": POSTGRES_SEARCH_CONFIG,
        "LANGUAGE_SEARCH_CONFIGS": POSTGRES_LANGUAGE_SEARCH_CONFIGS,
    }


def search_backends(database_engine, environ):
    url = environ.get("ELASTICSEARCH_URL", "")
    if url:
        return {"default": elasticsearch_backend(url, environ.get("ELASTICSEARCH_INDEX_PREFIX", "conciliazione_"))}
    return {"default": database_backend(database_engine)}
