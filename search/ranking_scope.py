"""What a list needs from a searched queryset: the keys the text query matches, and some keys
in the order of relevance, each without the queryset's other conditions where the backend's
score can do without them (the caller intersects with what it lists).

A search backend declares that capability: its score annotation is an `OwnScore`
(`matching()`: a values queryset of the keys of every row the text query matches;
`ranked(keys)`: those of `keys`, best first), and the backend class sets `ranks_on_its_own`.
SQLite's single-pass ranking (search.backends.sqlite_ranking.ScoreInRanking) and PostgreSQL's
(search.backends.postgres_ranking.RankWithEntries) do: their matches and ranks read the index
entries alone, where the searched queryset joins the page tables. Other backends
(Elasticsearch) use the queryset. The capability is found by type, not by the queryset's
order, so a backend that changes its ordering keeps it; tests/search/test_ranking_scope.py
fails when a backend that declares it stops giving it. This module imports no backend, so it
loads on every database."""

from django.db.models.fields import AutoFieldMixin


def has_integer_pk(model):
    """Whether `model`'s key is an integer (the index entries' object ids cast back to it)."""
    return isinstance(model._meta.pk.target_field if model._meta.pk.is_relation else model._meta.pk, AutoFieldMixin)


class OwnScore:
    """A score annotation that matches and ranks on its own (see the module's docstring)."""

    def matching(self):
        raise NotImplementedError

    def ranked(self, keys):
        raise NotImplementedError


def own_score(queryset):
    """The OwnScore annotation of `queryset` (a searched queryset of a backend that ranks on
    its own), else None."""
    for annotation in queryset.query.annotations.values():
        if isinstance(annotation, OwnScore):
            return annotation
    return None


def matching_keys(queryset):
    """The keys of the rows of `queryset` the text query matches; where the score can tell, of
    every row it matches (the queryset's other conditions are not applied)."""
    score = own_score(queryset)
    if score is not None:
        return score.matching()
    return queryset.order_by().values_list("pk", flat=True)


def ranked_keys(queryset, keys):
    """The keys of `keys` (a list of integers, thousands of them maybe) that `queryset` matches,
    in its order of relevance (a values queryset)."""
    score = own_score(queryset)
    if score is not None:
        return score.ranked(keys)
    return queryset.filter(pk__in=keys).values_list("pk", flat=True)
