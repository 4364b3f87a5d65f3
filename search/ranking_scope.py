"""What a list needs from a searched queryset: the keys the text query matches, and some keys
in the order of relevance, each without the queryset's other conditions where the backend's
score can do without them (the caller intersects with what it lists).

A search backend's score annotation may offer `matching()` (a values queryset of the keys of
every row the text query matches) and `ranked(keys)` (those of `keys`, best first). SQLite's
single-pass ranking does (search.backends.sqlite_ranking.ScoreInRanking): its matches alone
cost 7 ms for 10,000 services where the searched queryset, joined with the page table, costs
17 ms, and bm25() then runs for the keys to rank only. Other backends use the queryset. This
module imports no backend, so it loads on every database."""


def own_score(queryset):
    """The score annotation of `queryset` that ranks on its own, when the queryset is ordered
    by it (best first, then by key descending, as the search backends order), else None."""
    for name, annotation in queryset.query.annotations.items():
        if hasattr(annotation, "ranked") and tuple(queryset.query.order_by) == (name, "-pk"):
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
    """The keys of `keys` that `queryset` matches, in its order of relevance (a values queryset)."""
    score = own_score(queryset)
    if score is not None:
        return score.ranked(keys)
    return queryset.filter(pk__in=keys).values_list("pk", flat=True)
