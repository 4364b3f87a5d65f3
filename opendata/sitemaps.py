"""The sitemap: every live, public page of the site in every language.

Wagtail's own sitemap walks the descendants of the site's root page, which with
wagtail-localize is only the Italian tree: the translated trees hang from the
root page's translations. This sitemap walks all of them. Aliases (pages that show
another page's content, e.g. an untranslated page in a synchronised tree) are left
out: they would list the same content twice. Each page describes its own entries
through `Page.get_sitemap_urls` (location, lastmod, and the per-language
alternates if a page model adds them)."""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = reduce(or_, (Q(path__startswith=root.path) for root in roots))
        return (
            Page.objects.filter(in_a_tree, alias_of__isnull=True)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
