"""Synonym lookup for query expansion: the groups editors keep in the admin, matched
on analysed words, so "centri estivi" finds the group of "centro estivo"."""

from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from search.analysis import stems
from search.models import SynonymGroup

CACHE_KEY = "search:synonym-groups"
CACHE_SECONDS = 60


def groups_cache():
    """The cache every worker shares (Redis or the machine's file cache): a group saved in one
    worker is forgotten by all, so the next search anywhere uses it."""
    return caches["shared"]


def current_groups():
    """Every group's terms, from the shared cache (forgotten when a group is saved or deleted)."""
    groups = groups_cache().get(CACHE_KEY)
    if groups is None:
        groups = [group.term_list for group in SynonymGroup.objects.all()]
        groups_cache().set(CACHE_KEY, groups, CACHE_SECONDS)
    return groups


@receiver([post_save, post_delete], sender=SynonymGroup)
def forget_groups(**kwargs):
    groups_cache().delete(CACHE_KEY)


class SynonymTable:
    """Finds, at a position of a stemmed query, the longest term of any group."""

    def __init__(self, groups):
        self.groups = groups
        self.by_stems = {}
        for index, terms in enumerate(groups):
            for term in terms:
                key = tuple(stems(term))
                if key:
                    self.by_stems.setdefault(key, index)
        self.longest = max((len(key) for key in self.by_stems), default=0)

    def match(self, query_stems, start):
        """(number of query words matched, the group's terms), or (0, None)."""
        for length in range(min(self.longest, len(query_stems) - start), 0, -1):
            index = self.by_stems.get(tuple(query_stems[start : start + length]))
            if index is not None:
                return length, self.groups[index]
        return 0, None


def synonym_table():
    return SynonymTable(current_groups())
