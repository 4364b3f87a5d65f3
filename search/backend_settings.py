"""Search settings, built for conciliazione/settings/base.py (imports nothing of Django's
app registry, so settings can call it).

- No ELASTICSEARCH_URL: the database backend, with Italian analysis: the
  ``italian_unaccent`` text-search configuration on PostgreSQL (search migration 0002),
  with English pages analysed by PostgreSQL's ``english`` configuration
  (search.backends.postgres); Snowball stems on SQLite (search.backends.sqlite), where
  every language is analysed as Italian.
- ELASTICSEARCH_URL set: Elasticsearch 8 (the client is pinned to major 8) with an
  Italian analyzer (elision, folding, stop words, Snowball stemmer, synonyms at query
  time) as the index default, and INDEX_PREFIX."""

from search.seed_synonyms import SEED_SYNONYM_GROUPS

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


def synonym_rules(groups):
    """Solr-format rules ("a, b, c") for Elasticsearch's synonym_graph filter."""
    return [", ".join(term.lower() for term in terms) for terms in groups]


def italian_analysis(groups):
    filters = ["italian_elision", "lowercase", "asciifolding"]
    stemming = ["italian_stop", "italian_stemmer"]
    return {
        "filter": {
            "italian_elision": {"type": "elision", "articles": ITALIAN_ELISION_ARTICLES, "articles_case": True},
            "italian_stop": {"type": "stop", "stopwords": "_italian_"},
            "italian_stemmer": {"type": "stemmer", "language": "italian"},
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


def elasticsearch_backend(url, index_prefix):
    return {
        "BACKEND": "search.backends.elasticsearch8",
        "URLS": [url],
        "INDEX_PREFIX": index_prefix,
        "TIMEOUT": 5,
        "FACET_SIZE": FACET_SIZE,
        "OPTIONS": {"max_retries": 1},
        "INDEX_SETTINGS": {"settings": {"analysis": italian_analysis([terms for _name, terms in SEED_SYNONYM_GROUPS])}},
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
