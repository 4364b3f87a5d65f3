"""The library's filters (django-filter), generated from its facet table
(goodpractices.facet_table): values by slug, OR within a facet and AND across facets; a bad
value is dropped and reported (home.listing's policy)."""

from goodpractices.facet_table import FACETS
from goodpractices.models import GoodPracticePage
from home.listing import ListingFilterSet, listing_filterset


class LibraryFilterSet(ListingFilterSet):
    """Parameter names are the Italian words of the public URL."""

    class Meta(ListingFilterSet.Meta):
        model = GoodPracticePage
        fields = []


PracticeFilterSet = listing_filterset(LibraryFilterSet, FACETS)
