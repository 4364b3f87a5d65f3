"""What the open data publishes: live, public services and practices of the source
language (translations would list the same service twice), never demo data."""

from django.apps import apps
from wagtail.models import Locale

SERVICE_RELATIONS = ("objectives", "actions", "audiences", "locations__hours")
PRACTICE_RELATIONS = ("objectives", "actions", "kinds", "beneficiaries", "indicators")


def published(model):
    return model.objects.live().public().filter(locale=Locale.get_default(), is_demo=False).select_related("network")


def published_services():
    return published(apps.get_model("services_catalog", "ServicePage")).prefetch_related(*SERVICE_RELATIONS)


def published_practices():
    return (
        published(apps.get_model("goodpractices", "GoodPracticePage"))
        .select_related("period")
        .prefetch_related(*PRACTICE_RELATIONS)
    )
