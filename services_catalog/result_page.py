"""One page of the catalogue's results: the services a facet count lists (a bitset of the
facet index, services_catalog.facets), in the order chosen. By title or by verification the
index has the order; by relevance the search backend ranks the listed services only
(search.ranking_scope: on SQLite bm25() runs for each row ranked, so ranking the few hundred
listed services instead of every match saves most of that cost)."""

from search.ranking_scope import ranked_keys
from services_catalog import bitsets

RELEVANCE = "rilevanza"
VERIFIED = "verifica"
DISTANCE = "distanza"


def ranked_page(index, counted, services, offset, limit):
    """Keys of the listed services from position `offset` in the order of `services` (a
    searched queryset, ordered by relevance)."""
    if not counted.listed:
        return []
    ranked = ranked_keys(services, index.keys_of(bitsets.slots_of(counted.listed)))
    return list(ranked[offset : offset + limit])


def page_keys(index, counted, order, services, offset, limit, origin=None):
    """Keys of the services listed by `counted` from position `offset`, at most `limit`, in
    `order`: RELEVANCE (the order of `services`), VERIFIED, DISTANCE (from the Municipality
    `origin`) or else by title."""
    if order == DISTANCE and origin is not None:
        return index.in_distance_order(counted.listed, origin, offset, limit)
    if order == RELEVANCE:
        return ranked_page(index, counted, services, offset, limit)
    if order == VERIFIED:
        return index.in_verified_order(counted.listed, offset, limit)
    return index.in_title_order(counted.listed, offset, limit)
