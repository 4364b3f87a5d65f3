"""Promoted results editors attach to a query (wagtail.contrib.search_promotions), and
the record of searches made (daily hits, cleaned by `searchpromotions_garbage_collect`).

A promotion matches a search through the same Italian analysis as the search itself: the
promotion of «centro estivo» shows for «centri estivi» too."""

from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import Query

from search.analysis import stems


def promoted_query(query_text):
    """The promoted query typed exactly, or else the one whose words analyse the same."""
    exact = Query.objects.filter(query_string=normalise_query_string(query_text), editors_picks__isnull=False)
    query = exact.first()
    if query is not None:
        return query
    wanted = stems(query_text)
    if not wanted:
        return None
    promoted = Query.objects.filter(editors_picks__isnull=False).distinct().order_by("pk")
    return next((query for query in promoted if stems(query.query_string) == wanted), None)


def promoted_results(query_text, visible_pages):
    """The promotions of the query whose page may be shown, or that link outside."""
    query = promoted_query(query_text)
    if query is None:
        return []
    promotions = list(query.editors_picks.select_related("page"))
    page_ids = [promotion.page_id for promotion in promotions if promotion.page_id]
    visible = set(visible_pages.filter(pk__in=page_ids).values_list("pk", flat=True))
    return [
        promotion
        for promotion in promotions
        if promotion.page_id in visible or (promotion.page_id is None and promotion.external_link_url)
    ]
