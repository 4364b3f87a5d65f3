"""Relevance scores computed only for the rows a list will order.

A search backend's score annotation may offer `restricted_to(keys)`: the same score, computed
only for the rows whose key is in `keys` (NULL for the others). SQLite's single-pass ranking
does (search.backends.sqlite_ranking.ScoreInRanking): it computes bm25() for every row of its
ranking, so ranking the few hundred services a catalogue page is chosen from, instead of every
service the words match, saves most of that cost. Scores of other backends are kept as they
are. This module imports no backend, so it loads on every database."""


def ranked_only(queryset, keys):
    """`queryset` with its restrictable score annotations computed only for `keys` (a
    queryset of values or a list)."""
    scores = {
        name: annotation.restricted_to(keys)
        for name, annotation in queryset.query.annotations.items()
        if hasattr(annotation, "restricted_to")
    }
    if not scores:
        return queryset
    queryset = queryset._chain()
    queryset.query.annotations.update(scores)
    return queryset
