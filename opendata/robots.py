"""robots.txt: crawlers are welcome on the content, kept out of the admin, of search
result pages (site search and the filtered catalogue and library) and of the API,
and pointed to the sitemap."""

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page

from goodpractices.models import GoodPracticeIndexPage
from home.site_url import absolute_url
from services_catalog.models import ServiceIndexPage

ALWAYS_DISALLOWED = ["/admin/", "/django-admin/", "/api/", "/open-data/hsds/"]
FILTERED_LISTINGS = (ServiceIndexPage, GoodPracticeIndexPage)


def search_result_paths(request):
    """The site search in every language, and every listing whose query string is a search."""
    paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.append(reverse("site_search"))
    listings = Page.objects.live().public().type(*FILTERED_LISTINGS)
    for listing in listings:
        url = listing.get_url(request, current_site=None)
        if url:
            paths.append(f"{url}?")
    return paths


def robots_lines(request):
    lines = ["User-agent: *"]
    lines += [f"Disallow: {path}" for path in ALWAYS_DISALLOWED + search_result_paths(request)]
    lines += ["", f"Sitemap: {absolute_url(reverse('sitemap'))}"]
    return lines


@require_GET
@cache_control(public=True, max_age=3600)
def robots_txt(request):
    return HttpResponse("\n".join(robots_lines(request)) + "\n", content_type="text/plain; charset=utf-8")
