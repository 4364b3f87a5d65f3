"""Machine-readable routes, outside the language prefixes: the sitemap, robots.txt,
the API, the Open Referral HSDS API, the CSV downloads and the feeds. The human page
/open-data/ is in `page_urls` (under the language prefixes)."""

from django.urls import include, path
from wagtail.contrib.sitemaps.views import sitemap

from opendata.api.router import api_router
from opendata.caching import publicly_cached
from opendata.dcat import catalogue_jsonld
from opendata.downloads import figures_csv, figures_json, practices_csv, services_csv
from opendata.feeds import PracticesFeed, ServicesFeed
from opendata.robots import robots_txt
from opendata.sitemaps import MultilingualSitemap
from opendata.throttling import rate_limited
from opendata.views import open_data

services_feed = rate_limited(publicly_cached(ServicesFeed()))
practices_feed = rate_limited(publicly_cached(PracticesFeed()))

urlpatterns = [
    path("sitemap.xml", publicly_cached(sitemap), {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("api/v2/", api_router.urls),
    path("open-data/hsds/", include("opendata.hsds.urls")),
    path("open-data/catalogo.jsonld", catalogue_jsonld, name="opendata_catalogue"),
    path("open-data/servizi.csv", services_csv, name="opendata_services_csv"),
    path("open-data/buone-pratiche.csv", practices_csv, name="opendata_practices_csv"),
    path("open-data/cifre-regionali.csv", figures_csv, name="opendata_figures_csv"),
    path("open-data/cifre-regionali.json", figures_json, name="opendata_figures_json"),
    path("open-data/feed/servizi/", services_feed, name="opendata_services_feed"),
    path("open-data/feed/servizi/<slug:network_slug>/", services_feed, name="opendata_services_network_feed"),
    path("open-data/feed/buone-pratiche/", practices_feed, name="opendata_practices_feed"),
    path(
        "open-data/feed/buone-pratiche/<slug:network_slug>/",
        practices_feed,
        name="opendata_practices_network_feed",
    ),
]

page_urls = [path("open-data/", open_data, name="open_data")]
