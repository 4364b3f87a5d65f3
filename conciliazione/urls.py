from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from conciliazione.media import serve_public_media
from editorial.feedback import urls as feedback_urls
from hardening.guessing import page_password_view, password_reset_view
from home.views import municipality_names, site_map
from opendata import urls as opendata_urls
from operations.health import healthz
from search.views import autocomplete, site_search

handler400 = "conciliazione.errors.bad_request"
handler404 = "conciliazione.errors.page_not_found"
handler500 = "conciliazione.errors.server_error"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("comuni.json", municipality_names, name="municipality_names"),
    path("django-admin/", admin.site.urls),
    # Wagtail's own views, throttled (hardening.guessing); same paths and names.
    path("admin/password_reset/", password_reset_view, name="wagtailadmin_password_reset"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include(opendata_urls)),
]

if not settings.MEDIA_S3_BUCKET:
    urlpatterns.append(path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve_public_media, name="public_media"))

urlpatterns += i18n_patterns(
    path("cerca/", site_search, name="site_search"),
    *opendata_urls.page_urls,
    path("cerca/suggerimenti/", autocomplete, name="search_autocomplete"),
    path("mappa-del-sito/", site_map, name="site_map"),
    path("", include(feedback_urls)),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        page_password_view,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
