"""Routing a URL to its page in one query.

Wagtail's `Page.route` walks the tree one segment at a time, with two queries a segment
(the child by slug, then its specific row): six for a service sheet at
/reti/<rete>/<servizio>/. The site's root page reads every page the path names in one
query (by slug, indexed, and `url_path`) and hands over to the deepest one, which routes the rest as usual.
A page whose class routes sub-paths of its own (RoutablePageMixin) gets the remaining
segments itself, exactly where Wagtail's walk would have called it.
"""

from django.http import Http404
from wagtail.models import Page


def uses_default_route(page):
    return getattr(page.specific_class, "route", None) is Page.route


def route_in_one_query(root, request, path_components):
    prefixes, url_path = [], root.url_path
    for component in path_components:
        url_path += f"{component}/"
        prefixes.append(url_path)
    # url_path has no index: the slugs (indexed) find the few candidate rows, url_path picks
    # among them. Filtering on url_path alone reads the whole page table (tens of ms with
    # 10,000 services on SQLite).
    candidates = Page.objects.filter(slug__in=path_components, url_path__in=prefixes, path__startswith=root.path)
    found = {page.url_path: page for page in candidates}
    current, consumed = root, 0
    while consumed < len(path_components) and (current is root or uses_default_route(current)):
        child = found.get(prefixes[consumed])
        if child is None:
            raise Http404
        child._cached_parent_obj = current  # noqa: SLF001 - treebeard's parent cache, as Page.route sets it
        current, consumed = child, consumed + 1
    return current.specific.route(request, path_components[consumed:])
