"""search.ranking_scope: on querysets whose score does not rank on its own the queryset's own
conditions and order are used; the configured backend keeps the capability it declares."""

import pytest
from django.db import connection
from django.db.models import FloatField, Value
from modelsearch.backends import get_search_backend

from search.ranking_scope import OwnScore, matching_keys, own_score, ranked_keys
from services_catalog import demo
from services_catalog.models import ServicePage
from services_catalog.search import search_services

pytestmark = pytest.mark.django_db


def test_without_an_own_score_the_queryset_matches_and_ranks():
    demo.generate(12, seed=3)
    queryset = ServicePage.objects.filter(is_free=True).annotate(_score=Value(1.0, output_field=FloatField()))
    ordered = queryset.order_by("_score", "-pk")
    assert own_score(ordered) is None
    free = set(queryset.values_list("pk", flat=True))
    everyone = list(ServicePage.objects.values_list("pk", flat=True))
    assert free and len(free) < len(everyone)
    assert set(matching_keys(ordered)) == free
    assert list(ranked_keys(ordered, everyone)) == sorted(free, reverse=True)


# The database's own search backend on each database: it ranks on its own, which the
# catalogue's fast path needs (search.ranking_scope).
RANKS_ON_ITS_OWN = {"sqlite": "ItalianSQLiteSearchBackend", "postgresql": "LanguageSearchBackend"}


def test_the_configured_backend_keeps_its_own_score(settings):
    """Fails when the database's backend stops declaring the capability, or declares it while
    the catalogue's searches carry no OwnScore (matching and ranking would then go through the
    joined queryset, silently slower)."""
    demo.generate(12, seed=3)
    backend = get_search_backend()
    if settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == "search.backends.database":
        assert type(backend).__name__ == RANKS_ON_ITS_OWN[connection.vendor]
        assert backend.ranks_on_its_own
    searched = search_services(ServicePage.objects.live(), "servizio")
    assert searched.exists()
    assert isinstance(own_score(searched), OwnScore) == getattr(backend, "ranks_on_its_own", False)
