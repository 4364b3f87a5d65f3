"""search.ranking_scope: scores without `restricted_to` (every backend but SQLite's single-pass
ranking) are left as they are."""

import pytest
from django.db.models import F, FloatField, Value

from search.ranking_scope import ranked_only
from services_catalog.models import ServicePage

pytestmark = pytest.mark.django_db


def test_querysets_without_a_restrictable_score_are_unchanged():
    queryset = ServicePage.objects.annotate(_score=Value(1.0, output_field=FloatField()), doubled=F("pk") * 2)
    assert ranked_only(queryset, [1]) is queryset
