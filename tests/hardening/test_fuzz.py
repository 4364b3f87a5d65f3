"""Hypothesis-generated query strings against every listing, search, API and feed the
site has: whatever people or crawlers type, the answer is never a 5xx. The endpoints are
listed by URL; each must exist (a renamed one fails here instead of going unfuzzed)."""

import os
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

ENDPOINTS = [
    "/servizi/",
    "/en/services/",
    "/buone-pratiche/",
    "/buone-pratiche/welfare-aziendale/",
    "/en/good-practices/",
    "/reti/lecco/",
    "/cerca/",
    "/cerca/suggerimenti/",
    "/en/cerca/",
    "/api/v2/pages/",
    "/api/v2/images/",
    "/api/v2/documents/",
    "/api/v2/services/",
    "/api/v2/practices/",
    "/open-data/hsds/",
    "/open-data/hsds/services",
    "/open-data/hsds/taxonomies",
    "/open-data/hsds/taxonomy_terms",
    "/open-data/servizi.csv",
    "/open-data/buone-pratiche.csv",
    "/open-data/feed/servizi/",
    "/open-data/feed/servizi/lecco/",
    "/open-data/feed/buone-pratiche/",
    "/open-data/feed/buone-pratiche/como/",
    "/sitemap.xml",
]

# Parameter names the site's views read, so that values reach the code behind them.
KNOWN_KEYS = [
    "q",
    "page",
    "obiettivo",
    "azione",
    "destinatari",
    "rete",
    "comune",
    "raggio",
    "bisogno",
    "eta_nota",
    "giorno",
    "gratuito",
    "eta",
    "unita",
    "ordina",
    "tipo",
    "beneficiari",
    "periodo",
    "sort",
    "order",
    "objective",
    "action",
    "audience",
    "network",
    "municipality",
    "age",
    "age_unit",
    "free",
    "weekday",
    "type",
    "period",
    "kind",
    "beneficiary",
    "per_page",
    "search",
    "taxonomy_term_id",
    "organization_id",
    "modified_after",
    "fields",
    "limit",
    "offset",
    "child_of",
    "descendant_of",
    "locale",
    "search_operator",
    "format",
]
NASTY_VALUES = [
    "",
    "0",
    "-1",
    "1e309",
    "99999999999999999999999",
    "NaN",
    "abc",
    "'; DROP TABLE x;--",
    "<script>",
    "%",
    "../../etc/passwd",
    "1,2,3",
    "*",
    "\\",
    "2026-13-45",
    "true",
    "null",
    "é" * 300,
    "ｑ",
    "🙂",
]
values = st.one_of(
    st.sampled_from(NASTY_VALUES),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120),
)
keys = st.one_of(st.sampled_from(KNOWN_KEYS), st.text(min_size=1, max_size=20))
query_strings = st.lists(st.tuples(keys, values), max_size=6).map(urlencode)
# CI: 12 examples an endpoint, derandomized (the same ones every run, see the Hypothesis
# profile in tests/conftest.py); `make test-full` runs 40.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "12"))


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_generated_query_strings_never_give_a_5xx(client, endpoint):
    assert client.get(endpoint).status_code == 200, endpoint

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(query=query_strings)
    def check(query):
        response = client.get(f"{endpoint}?{query}")
        assert response.status_code < 500, (endpoint, query, response.status_code)

    check()


# The security probe's classes of input, sent one parameter at a time (a bad first
# parameter would otherwise hide the others), to every public route of the URL conf and to
# pages of the seed. Deterministic: each parameter gets one value of each class, chosen by its
# position, so that every value of a class is sent somewhere.
PROBE_CLASSES = {
    "unicode digits": ["²", "①", "١٢", "５", "߁"],
    "huge integer": ["99999999999999999999", "9223372036854775808", "-9223372036854775809", "1000000000000"],
    "year 1 and 9999": ["0001-01-01", "9999-12-31", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59+14:00"],
    "NUL": ["\x00", "1\x00", "lecco\x00"],
    "very long": ["9" * 10240, "x" * 10240],
}
ODD_METHODS = ["put", "delete", "patch", "options", "head"]

CATALOGUE_KEYS = [
    *("q", "page", "bisogno", "obiettivo", "azione", "destinatari", "rete", "comune", "raggio", "giorno"),
    *("gratuito", "eta", "eta_nota"),
]
CATALOGUE_KEYS += ["unita", "ordina"]
LIBRARY_KEYS = ["q", "page", "rete", "obiettivo", "tipo", "beneficiari", "periodo"]
SEARCH_KEYS = ["q", "page", "tipo"]
API_KEYS = ["offset", "limit", "id", "child_of", "descendant_of", "ancestor_of", "translation_of", "type", "fields"]
API_KEYS += ["order", "search", "locale", "html_path", "first_published_at", "alias_of", "show_in_menus"]
# Model fields the API filters on (Wagtail's FieldsFilter), of each kind: relations, numbers, dates, UUID.
API_TAXONOMY_KEYS = [*API_KEYS, "network", "objective", "audience", "objectives", "locations", "age_min_months"]
API_TAXONOMY_KEYS += ["last_published_at", "valid_from", "uuid", "period", "started_on"]
HSDS_PAGE_KEYS = ["page", "per_page", "search"]
HSDS_SERVICES_KEYS = [*HSDS_PAGE_KEYS, "taxonomy_term_id", "taxonomy_id", "organization_id", "modified_after", "full"]
HSDS_TERMS_KEYS = [*HSDS_PAGE_KEYS, "taxonomy_id", "parent_id", "top_only"]
GENERIC_KEYS = ["page", "q"]

HUGE_ID = "99999999999999999999"


def public_endpoints(service):
    """(url, parameters it reads) for every public route and a few seed pages; `service` is a
    live service of the seed (its sheet, API and HSDS records). The English pages run the same
    views (the hypothesis test above covers them)."""
    huge_pk = "9" * 19  # fits the URL's int converter, past any 64-bit key
    return [
        ("/", GENERIC_KEYS),
        ("/servizi/", CATALOGUE_KEYS),
        (service.url, GENERIC_KEYS),
        ("/buone-pratiche/", LIBRARY_KEYS),
        ("/buone-pratiche/welfare-aziendale/", LIBRARY_KEYS),
        ("/reti/lecco/", GENERIC_KEYS),
        ("/cerca/", SEARCH_KEYS),
        ("/cerca/suggerimenti/", ["q"]),
        ("/open-data/", GENERIC_KEYS),
        ("/healthz", GENERIC_KEYS),
        ("/comuni.json", GENERIC_KEYS),
        ("/robots.txt", GENERIC_KEYS),
        ("/sitemap.xml", ["p", "page"]),
        ("/api/v2/pages/", API_KEYS),
        ("/api/v2/pages/find/", ["html_path", "id"]),
        (f"/api/v2/pages/{service.pk}/", ["fields"]),
        (f"/api/v2/pages/{huge_pk}/", ["fields"]),
        ("/api/v2/images/", [*API_KEYS, "width", "tags"]),
        ("/api/v2/images/find/", ["id"]),
        (f"/api/v2/images/{huge_pk}/", ["fields"]),
        ("/api/v2/documents/", API_KEYS),
        ("/api/v2/documents/find/", ["id"]),
        (f"/api/v2/documents/{huge_pk}/", ["fields"]),
        ("/api/v2/services/", API_TAXONOMY_KEYS),
        ("/api/v2/services/find/", ["html_path", "id"]),
        (f"/api/v2/services/{service.pk}/", ["fields"]),
        ("/api/v2/practices/", API_TAXONOMY_KEYS),
        ("/api/v2/practices/find/", ["id"]),
        (f"/api/v2/practices/{huge_pk}/", ["fields"]),
        ("/open-data/hsds/", GENERIC_KEYS),
        ("/open-data/hsds/openapi.json", GENERIC_KEYS),
        ("/open-data/hsds/services", HSDS_SERVICES_KEYS),
        (f"/open-data/hsds/services/{service.uuid}", ["full"]),
        (f"/open-data/hsds/services/{HUGE_ID}", ["full"]),
        ("/open-data/hsds/taxonomies", HSDS_TERMS_KEYS),
        (f"/open-data/hsds/taxonomies/{HUGE_ID}", GENERIC_KEYS),
        ("/open-data/hsds/taxonomy_terms", HSDS_TERMS_KEYS),
        (f"/open-data/hsds/taxonomy_terms/{HUGE_ID}", GENERIC_KEYS),
        ("/open-data/catalogo.jsonld", GENERIC_KEYS),
        ("/open-data/servizi.csv", GENERIC_KEYS),
        ("/open-data/buone-pratiche.csv", GENERIC_KEYS),
        ("/open-data/cifre-regionali.csv", GENERIC_KEYS),
        ("/open-data/cifre-regionali.json", GENERIC_KEYS),
        ("/mappa-del-sito/", GENERIC_KEYS),
        ("/media/original_images/missing.png", GENERIC_KEYS),
        ("/media/../../etc/passwd", GENERIC_KEYS),
        ("/open-data/feed/servizi/", GENERIC_KEYS),
        ("/open-data/feed/servizi/lecco/", GENERIC_KEYS),
        ("/open-data/feed/buone-pratiche/", GENERIC_KEYS),
        ("/open-data/feed/buone-pratiche/como/", GENERIC_KEYS),
        (f"/_util/authenticate_with_password/{huge_pk}/{huge_pk}/", GENERIC_KEYS),
        ("/_util/login/", ["next"]),
        *[(url, GENERIC_KEYS) for url, _fields in feedback_forms(service)],
    ]


def feedback_forms(service):
    """(url, form fields) of the public forms that take a POST (editorial.feedback)."""
    return [
        (f"/segnalazioni/{service.pk}/", ["messaggio", "nome", "email", "sito_web"]),
        ("/segnalazioni/9999999999999999999/", ["messaggio"]),
        ("/valutazioni/", ["indirizzo", "pagina", "utile", "sito_web"]),
        ("/valutazioni/commento/", ["valutazione", "commento", "sito_web"]),
    ]


def probe_queries(keys):
    """One query string per (parameter, class of input), then repeated and array parameters."""
    queries = []
    for position, key in enumerate(keys):
        for values in PROBE_CLASSES.values():
            queries.append(urlencode({key: values[position % len(values)]}))
    queries.append(urlencode([(key, value) for key in keys for value in ("1", "2")]))
    queries.append(urlencode([(f"{key}[]", "1") for key in keys]))
    return queries


# Pages: probed through the seed's page URLs above.
PUBLIC_ROUTES_NOT_PROBED = {r"((?:[\w\-]+/)*)$"}


def route_names(patterns, prefix=""):
    from django.urls.resolvers import URLResolver

    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from route_names(pattern.url_patterns, route)
        elif not route.startswith(("admin/", "django-admin/", "documents/")):
            yield route.replace("^", "")  # the API router's patterns are regular expressions


@pytest.fixture
def seed_service():
    from services_catalog.models import ServicePage

    return ServicePage.objects.live().public().filter(locale__language_code="it").first()


def test_the_probe_covers_every_public_route(seed_service):
    """A route added to the URL conf without a probe fails here instead of going unfuzzed."""
    from django.urls import get_resolver, resolve

    probed = set()
    for url, _keys in public_endpoints(seed_service):
        match = resolve(url)
        probed.add(match.route.replace("^", ""))
    declared = set(route_names(get_resolver().url_patterns)) - PUBLIC_ROUTES_NOT_PROBED
    assert declared <= probed, (sorted(declared - probed), sorted(probed))


def test_the_probe_corpus_gives_no_5xx(client, seed_service):
    client.raise_request_exception = False  # every failure listed, not only the first
    failures = []
    for url, keys in public_endpoints(seed_service):
        for query in probe_queries(keys):
            response = client.get(f"{url}?{query}")
            if response.status_code >= 500:
                failures.append(("GET", url, query[:80], response.status_code))
        for method in ODD_METHODS:
            response = getattr(client, method)(url)
            if response.status_code >= 500:
                failures.append((method.upper(), url, "", response.status_code))
    assert not failures, "\n".join(map(str, failures))


def test_the_probe_corpus_posted_to_the_forms_gives_no_5xx(client, seed_service, settings):
    """Each class of input in each field of every public form, then every field at once with
    valid-looking values: a 4xx or a thank-you, never a 5xx."""
    settings.FEEDBACK_RATE_PER_ADDRESS = "100000/hour"
    client.raise_request_exception = False
    failures = []
    for url, fields in feedback_forms(seed_service):
        bodies = [
            {field: values[position % len(values)]}
            for position, field in enumerate(fields)
            for values in PROBE_CLASSES.values()
        ]
        bodies.append(dict.fromkeys(fields, "1"))
        bodies.append({field: ["1", "2"] for field in fields})
        for body in bodies:
            response = client.post(url, body)
            if response.status_code >= 500:
                failures.append(("POST", url, str(body)[:80], response.status_code))
    assert not failures, "\n".join(map(str, failures))
