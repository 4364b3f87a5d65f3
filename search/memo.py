"""Values kept until content changes, through keepers another app registers at start-up:
search knows nothing of when content changes and imports no app of ours (the caching app
registers its keepers). `kept` keeps a value in the worker's memory (few keys: the aliases of
a locale, the locales' language codes); `kept_shared` in the shared cache, bounded, for keys
without end (one a search). Without a keeper every value is computed each time."""

_keeper = None
_shared_keeper = None


def register_keeper(keeper, shared_keeper=None):
    """`keeper(key, compute)` returns compute()'s value, kept as long as it sees fit."""
    global _keeper, _shared_keeper
    _keeper = keeper
    _shared_keeper = shared_keeper


def kept(key, compute):
    return compute() if _keeper is None else _keeper(key, compute)


def kept_shared(key, compute):
    return compute() if _shared_keeper is None else _shared_keeper(key, compute)
