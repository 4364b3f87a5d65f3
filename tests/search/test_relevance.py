"""The relevance set (tests/search/relevance_set.py) on the search backend in use:
prints recall@5 and MRR, fails below the bars justified in README.md («Ricerca»)."""

import pytest
from django.core.management import call_command
from django.db import connection

from tests.search.relevance_set import RELEVANCE_SET

pytestmark = pytest.mark.django_db

MIN_QUERIES = 40
RECALL_AT_5_BAR = 0.95
MRR_BAR = 0.85
MRR_DEPTH = 10


def scores(found, relevant):
    """recall@5 (relevant pages in the first five, out of at most five) and the
    reciprocal rank of the first relevant page in the first MRR_DEPTH."""
    recall = len(set(found[:5]) & set(relevant)) / min(len(relevant), 5)
    rank = next((position for position, path in enumerate(found[:MRR_DEPTH], 1) if path in relevant), None)
    return recall, (1 / rank if rank else 0.0)


def test_scores_are_computed_as_documented():
    assert scores(["/a/", "/b/"], ["/b/"]) == (1.0, 0.5)
    assert scores(["/x/"] * 5 + ["/a/"], ["/a/", "/b/"]) == (0.0, 1 / 6)
    assert scores([], ["/a/"]) == (0.0, 0.0)


def test_relevance_set(found_paths, capsys):
    assert len(RELEVANCE_SET) >= MIN_QUERIES
    call_command("update_index", verbosity=0)
    misses, recalls, reciprocal_ranks = [], [], []
    for query, relevant in RELEVANCE_SET:
        found = found_paths(query, limit=MRR_DEPTH)
        recall, reciprocal_rank = scores(found, relevant)
        recalls.append(recall)
        reciprocal_ranks.append(reciprocal_rank)
        if recall < 1:
            misses.append(f"  {query!r}: attesi {relevant}, trovati {found[:5]}")
    recall_at_5 = sum(recalls) / len(recalls)
    mrr = sum(reciprocal_ranks) / len(reciprocal_ranks)
    with capsys.disabled():
        print(
            f"\nRelevance set on {connection.vendor}: {len(RELEVANCE_SET)} queries, "
            f"recall@5 {recall_at_5:.3f} (bar {RECALL_AT_5_BAR}), MRR {mrr:.3f} (bar {MRR_BAR})"
        )
        print("\n".join(misses))
    assert recall_at_5 >= RECALL_AT_5_BAR, misses
    assert mrr >= MRR_BAR, misses
