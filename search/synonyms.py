"""Thesaurus lookup for query expansion: the entries editors keep in the admin, matched on
analysed words, so "centri estivi" finds the entry of "centro estivo". A term found in a
query stands for its entry's equivalents and, one way, its broader terms; a term of several
entries stands for all of them."""

from dataclasses import dataclass
from functools import lru_cache

from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from search.analysis import stems
from search.models import SynonymGroup
from search.query import Expansion

CACHE_KEY = "search:thesaurus-entries"
CACHE_SECONDS = 60


@dataclass(frozen=True)
class Entry:
    """The terms that find one another, and those they lead to one way."""

    terms: tuple
    broader: tuple = ()


def groups_cache():
    """The cache every worker shares (Redis or the machine's file cache): an entry saved in one
    worker is forgotten by all, so the next search anywhere uses it."""
    return caches["shared"]


def current_entries():
    """Every entry, from the shared cache (forgotten when an entry is saved or deleted)."""
    entries = groups_cache().get(CACHE_KEY)
    if entries is None:
        entries = [Entry(tuple(group.term_list), tuple(group.broader_list)) for group in SynonymGroup.objects.all()]
        groups_cache().set(CACHE_KEY, entries, CACHE_SECONDS)
    return entries


@receiver([post_save, post_delete], sender=SynonymGroup)
def forget_groups(**kwargs):
    groups_cache().delete(CACHE_KEY)


class SynonymTable:
    """Finds, at a position of a stemmed query, the longest term of any entry."""

    def __init__(self, entries):
        self.expansions = {}
        for entry in entries:
            entry = entry if isinstance(entry, Entry) else Entry(tuple(entry))
            for term in entry.terms:
                key = tuple(stems(term))
                if key:
                    self.expansions[key] = self.expansions.get(key, Expansion(())).joined(entry)
        self.longest = max((len(key) for key in self.expansions), default=0)

    def match(self, query_stems, start):
        """(number of query words matched, the Expansion they stand for), or (0, None)."""
        for length in range(min(self.longest, len(query_stems) - start), 0, -1):
            terms = self.expansions.get(tuple(query_stems[start : start + length]))
            if terms is not None:
                return length, terms
        return 0, None


def synonym_table():
    return table_of(tuple(current_entries()))


@lru_cache(maxsize=4)
def table_of(entries):
    """The table of `entries` (a tuple of Entry), built once per worker for the same entries:
    every search reads it, and building it stems every term. Callers only read it."""
    return SynonymTable(entries)
