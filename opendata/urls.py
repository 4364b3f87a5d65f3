"""Machine-readable routes, outside the language prefixes: the sitemap, robots.txt,
the API, the Open Referral HSDS API, the CSV downloads and the feeds."""

from django.urls import include, path
from wagtail.contrib.sitemaps.views import sitemap

from opendata.api.router import api_router
from opendata.caching import publicly_cached
from opendata.robots import robots_txt
from opendata.sitemaps import MultilingualSitemap

urlpatterns = [
    path("sitemap.xml", publicly_cached(sitemap), {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("api/v2/", api_router.urls),
    path("open-data/hsds/", include("opendata.hsds.urls")),
]
