"""What the open data publishes: live, public services and practices of the source
language (translations would list the same service twice), never demo data (unless
`settings.OPENDATA_INCLUDE_DEMO`, which only the benchmark sets)."""

from django.apps import apps
from django.conf import settings
from wagtail.models import Locale

SERVICE_RELATIONS = ("objectives", "actions", "audiences", "locations__hours")
PRACTICE_RELATIONS = ("objectives", "actions", "kinds", "beneficiaries", "indicators")


def published(model):
    pages = model.objects.live().public().filter(locale=Locale.get_default()).select_related("network")
    if not getattr(settings, "OPENDATA_INCLUDE_DEMO", False):
        pages = pages.filter(is_demo=False)
    if hasattr(pages, "current"):  # services: none that ended or expired, even before unpublished
        pages = pages.current()
    return pages


def published_services(with_relations=True):
    """With their taxonomy, locations and hours prefetched unless `with_relations` is false."""
    services = published(apps.get_model("services_catalog", "ServicePage"))
    return services.prefetch_related(*SERVICE_RELATIONS) if with_relations else services


def published_practices():
    return (
        published(apps.get_model("goodpractices", "GoodPracticePage"))
        .select_related("period")
        .prefetch_related(*PRACTICE_RELATIONS)
    )
