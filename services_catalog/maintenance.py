"""Keeping the database's planner statistics of the catalogue fresh after bulk writes
(the demo generator, a large import): see operations.planner."""

from django.apps import apps

from operations.planner import refresh_statistics
from services_catalog.models import OpeningHours, ServiceLocation, ServicePage

TAXONOMY_LINKS = ("objectives", "actions", "audiences")


def refresh_service_statistics():
    links = [ServicePage._meta.get_field(name).remote_field.through for name in TAXONOMY_LINKS]
    index_entries = apps.get_model("wagtailsearch", "IndexEntry")
    refresh_statistics(ServicePage, ServiceLocation, OpeningHours, index_entries, *links)
