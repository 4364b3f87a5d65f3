"""Values a worker keeps in memory until content changes (the aliases of a locale, the
locales' language codes), through a keeper another app registers at start-up: search knows
nothing of when content changes and imports no app of ours. Without a keeper every value is
computed each time."""

_keeper = None


def register_keeper(keeper):
    """`keeper(key, compute)` returns compute()'s value, kept as long as it sees fit."""
    global _keeper
    _keeper = keeper


def kept(key, compute):
    return compute() if _keeper is None else _keeper(key, compute)
