"""The relevance sets on the search backend in use: the site's wording
(tests/search/relevance_set.py) and queries as people type them
(tests/search/relevance_people.py). Prints recall@5, MRR and the zero-result rate, fails
below the bars of README.md («Ricerca»)."""

import pytest
from django.core.management import call_command
from django.db import connection

from search.analysis import tokens
from tests.search.relevance_people import EVERYDAY, PEOPLE_QUERIES
from tests.search.relevance_set import RELEVANCE_SET

pytestmark = pytest.mark.django_db

MIN_QUERIES = 40
MIN_PEOPLE_QUERIES = 80
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


def measure(found_paths, queries):
    """(recall@5, MRR, zero-result rate, misses) of `queries` on the backend in use."""
    misses, recalls, reciprocal_ranks, empty = [], [], [], 0
    for query, relevant in queries:
        found = found_paths(query, limit=MRR_DEPTH)
        recall, reciprocal_rank = scores(found, relevant)
        recalls.append(recall)
        reciprocal_ranks.append(reciprocal_rank)
        empty += not found
        if recall < 1:
            misses.append(f"  {query!r}: attesi {relevant}, trovati {found[:5]}")
    count = len(queries)
    return sum(recalls) / count, sum(reciprocal_ranks) / count, empty / count, misses


def report(name, queries, found_paths):
    recall_at_5, mrr, zero_rate, misses = measure(found_paths, queries)
    print(
        f"\n{name} on {connection.vendor}: {len(queries)} queries, recall@5 {recall_at_5:.3f} "
        f"(bar {RECALL_AT_5_BAR}), MRR {mrr:.3f} (bar {MRR_BAR}), zero-result rate {zero_rate:.3f}"
    )
    print("\n".join(misses))
    return recall_at_5, mrr, zero_rate, misses


@pytest.mark.parametrize(
    ("name", "queries", "minimum"),
    [("Relevance set", RELEVANCE_SET, MIN_QUERIES), ("People's queries", PEOPLE_QUERIES, MIN_PEOPLE_QUERIES)],
)
def test_relevance_set(found_paths, capsys, name, queries, minimum):
    assert len(queries) >= minimum
    call_command("update_index", verbosity=0)
    with capsys.disabled():
        recall_at_5, mrr, zero_rate, misses = report(name, queries, found_paths)
    assert recall_at_5 >= RECALL_AT_5_BAR, misses
    assert mrr >= MRR_BAR, misses
    assert zero_rate == 0, misses  # every query's words occur on the site


def test_people_queries_are_written_as_people_type():
    several_words = [query for query, _pages in PEOPLE_QUERIES if len(tokens(query)) > 1]
    assert len(several_words) >= len(PEOPLE_QUERIES) / 2
    assert len(EVERYDAY) >= len(PEOPLE_QUERIES) / 3
