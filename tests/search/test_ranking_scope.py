"""search.ranking_scope on querysets whose score does not rank on its own (every backend but
SQLite's single-pass ranking): the queryset's own conditions and order are used."""

import pytest
from django.db.models import FloatField, Value

from search.ranking_scope import matching_keys, own_score, ranked_keys
from services_catalog import demo
from services_catalog.models import ServicePage

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
