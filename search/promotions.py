"""Promoted results editors attach to a query (wagtail.contrib.search_promotions), and
the record of searches made (daily hits, cleaned by `searchpromotions_garbage_collect`)."""

from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import Query


def promoted_results(query_text, visible_pages):
    """The promotions of the query whose page may be shown, or that link outside."""
    query = Query.objects.filter(query_string=normalise_query_string(query_text)).first()
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
