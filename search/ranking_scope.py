"""What a list needs from a searched queryset: the keys the text query matches, and some keys
in the order of relevance, each without the queryset's other conditions where the backend's
score can do without them (the caller intersects with what it lists).

A search backend's score annotation may offer `matching()` (a values queryset of the keys of
every row the text query matches) and `ranked(keys)` (those of `keys`, best first). SQLite's
single-pass ranking does (search.backends.sqlite_ranking.ScoreInRanking): its matches alone
cost a fraction of the searched queryset joined with the page table, and bm25() then runs
for the keys to rank only; so does PostgreSQL's
(search.backends.postgres_ranking.RankWithEntries), on the index entries alone. Other
backends (Elasticsearch) use the queryset. This
module imports no backend, so it loads on every database."""

from django.db.models.fields import AutoFieldMixin


def has_integer_pk(model):
    """Whether `model`'s key is an integer (the index entries' object ids cast back to it)."""
    return isinstance(model._meta.pk.target_field if model._meta.pk.is_relation else model._meta.pk, AutoFieldMixin)


def own_score(queryset):
    """The score annotation of `queryset` that ranks on its own, when the queryset is ordered
    by it (best first: ascending or descending as the score goes, then by key descending, as
    the search backends order), else None."""
    order = tuple(queryset.query.order_by)
    for name, annotation in queryset.query.annotations.items():
        if hasattr(annotation, "ranked") and order in ((name, "-pk"), (f"-{name}", "-pk")):
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
