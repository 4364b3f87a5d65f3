"""Keeping the database's planner statistics of the catalogue fresh after bulk writes
(the demo generator, a large import): see webperf.planner."""

from django.apps import apps

from services_catalog.models import OpeningHours, ServiceLocation, ServicePage
from webperf.planner import refresh_statistics

TAXONOMY_LINKS = ("objectives", "actions", "audiences")


def refresh_service_statistics():
    links = [ServicePage._meta.get_field(name).remote_field.through for name in TAXONOMY_LINKS]
    index_entries = apps.get_model("wagtailsearch", "IndexEntry")
    refresh_statistics(ServicePage, ServiceLocation, OpeningHours, index_entries, *links)
