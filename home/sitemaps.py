"""A sitemap over every language: Wagtail's own Sitemap lists the site's root page
tree only, which is the default language's tree. Each entry carries its hreflang
alternates when the page defines them (BasePage.get_sitemap_urls).

Use: `path("sitemap.xml", wagtail.contrib.sitemaps.views.sitemap,
{"sitemaps": {"pages": MultilingualSitemap}})`."""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for root in roots:
            in_any_tree |= Q(path__startswith=root.path)
        return Page.objects.filter(in_any_tree).live().public().order_by("path").defer_streamfields().specific()
