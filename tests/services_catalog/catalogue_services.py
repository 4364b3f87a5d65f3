"""Five services on a catalogue emptied of the seed sheets: the catalogue tests' fixture."""

import datetime

from wagtail.search.backends import get_search_backend

from home.models import Action, Audience, NetworkPage, Objective
from services_catalog.models import ServicePage
from tests.factories import OpeningHoursFactory, ServiceLocationFactory, ServicePageFactory


def make_service(network_slug, title, objective, action, audiences, municipality=None, weekdays=(), **fields):
    service = ServicePageFactory(
        parent=NetworkPage.objects.get(slug=network_slug),
        title=title,
        objectives=[Objective.objects.get(slug=objective)],
        actions=[Action.objects.get(slug=action)],
        audiences=list(Audience.objects.filter(slug__in=audiences)),
        **fields,
    )
    if municipality:
        location = ServiceLocationFactory(service=service, municipality=municipality)
        for weekday in weekdays:
            OpeningHoursFactory(location=location, weekday=weekday)
    get_search_backend().add(ServicePage.objects.get(pk=service.pk))
    return service


def five_services():
    """Five services on a catalogue emptied of the seed sheets (rolled back after each test)."""
    ServicePage.objects.update(live=False)
    return {
        "A": make_service(
            "lecco",
            "Nido del lago",
            "cura-bambini-adolescenti",
            "nido-aziendale",
            ["famiglie"],
            "Lecco",
            [0],
            age_min_months=3,
            age_max_months=36,
            is_free=True,
            last_verified=datetime.date(2026, 3, 1),
        ),
        "B": make_service(
            "lecco",
            "Centro estivo Merate",
            "cura-bambini-adolescenti",
            "centri-ricreativi",
            ["famiglie", "lavoratori"],
            "Merate",
            [1],
            age_min_months=36,
            age_max_months=168,
            is_free=False,
            cost_description="50 € a settimana",
            last_verified=datetime.date(2026, 6, 1),
        ),
        "C": make_service(
            "como",
            "Sportello famiglie Como",
            "liberare-tempo",
            "sportelli-orientamento",
            ["famiglie", "lavoratori", "imprese"],
            "Como",
            [0, 2],
            is_free=True,
            last_verified=datetime.date(2025, 1, 1),
        ),
        "D": make_service(
            "como",
            "Consulenza smart working",
            "organizzazione-tempi-lavoro",
            "smart-working",
            ["imprese"],
            is_free=False,
            cost_description="Su preventivo",
            last_verified=None,
        ),
        "E": make_service(
            "lecco",
            "Baby sitting per le emergenze",
            "cura-bambini-adolescenti",
            "baby-sitting-emergenza",
            ["famiglie"],
            "Lecco",
            [5],
            age_min_months=6,
            age_max_months=144,
            is_free=True,
            last_verified=datetime.date(2026, 9, 1),
        ),
    }
