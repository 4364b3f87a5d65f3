import datetime

import pytest
from django.core.cache import cache, caches

from home.models import Audience, NetworkPage, Objective
from tests.caching.conftest import redis_cache  # noqa: F401 - the Redis fixture, shared


@pytest.fixture(autouse=True)
def fresh_rate_limit_counters():
    """Each test starts with empty throttle counters (they live in the shared cache)."""
    cache.clear()
    caches["shared"].clear()
    yield
    cache.clear()
    caches["shared"].clear()


@pytest.fixture
def make_service(db):
    """Publish a minimal service in a network (made up for the test only)."""
    from services_catalog.models import ServicePage

    def make(title, network="como", objective=None, audience=None):
        parent = NetworkPage.objects.get(slug=network, locale__language_code="it")
        service = ServicePage(title=title, short_description=f"{title}.", contact_email="prova@example.org")
        parent.add_child(instance=service)
        if objective:
            service.objectives.set(Objective.objects.filter(number=objective, locale=parent.locale))
        if audience:
            service.audiences.set(Audience.objects.filter(slug=audience, locale=parent.locale))
        service.save_revision().publish()
        return ServicePage.objects.get(pk=service.pk)

    return make


@pytest.fixture
def make_practice(db):
    """Publish a minimal good practice in a network (made up for the test only)."""
    from goodpractices.models import Beneficiary, GoodPracticePage, PracticePeriod, ResultIndicator

    def make(title, network="como", objective=None, beneficiary=None):
        parent = NetworkPage.objects.get(slug=network, locale__language_code="it")
        period = PracticePeriod.objects.filter(locale=parent.locale).first()
        practice = GoodPracticePage(title=title, summary=f"{title}.", period=period)
        parent.add_child(instance=practice)
        if objective:
            practice.objectives.set(Objective.objects.filter(number=objective, locale=parent.locale))
        if beneficiary:
            practice.beneficiaries.set(Beneficiary.objects.filter(slug=beneficiary, locale=parent.locale))
        ResultIndicator.objects.create(page=practice, label="imprese coinvolte", value=20)
        practice.save_revision().publish()
        return GoodPracticePage.objects.get(pk=practice.pk)

    return make


@pytest.fixture
def complete_service(db):
    """A published service with every field the open data carries (made up for the test only)."""
    from services_catalog.models import OpeningHours, ServiceLocation, ServicePage

    network = NetworkPage.objects.get(slug="lecco", locale__language_code="it")
    service = ServicePage(
        title="Servizio completo di prova",
        slug="servizio-completo-di-prova",
        short_description="Un servizio di prova con tutte le informazioni.",
        target_audience="<p>Famiglie con bambini da 18 mesi a 3 anni.</p>",
        how_to="<p>Telefonare per un appuntamento.</p>",
        requirements="<ul><li>Documento d'identità</li></ul>",
        outcome="<p>Un posto al nido.</p>",
        deadlines="<p>Risposta entro 10 giorni.</p>",
        registration_start=datetime.date(2026, 1, 10),
        registration_end=datetime.date(2026, 2, 28),
        is_free=False,
        cost_description="50 euro al mese",
        accepts_vouchers=True,
        contact_phone="0341 000000",
        contact_email="prova@example.org",
        contact_website="https://example.org/servizio",
        age_min_months=18,
        age_max_months=36,
        languages="italiano, inglese, lingua dei segni",
        accessibility_notes="Accesso senza barriere.",
        provider_name="Cooperativa  di Prova",
        provider_kind="third_sector",
        status="active",
        valid_from=datetime.date(2026, 1, 1),
        valid_to=datetime.date(2026, 12, 31),
        last_verified=datetime.date(2026, 11, 1),
    )
    network.add_child(instance=service)
    service.objectives.set(Objective.objects.filter(number=5, locale=network.locale))
    service.actions.set(Objective.objects.get(number=5, locale=network.locale).actions.all()[:1])
    service.audiences.set(Audience.objects.filter(slug="famiglie", locale=network.locale))
    location = ServiceLocation(
        service=service,
        name="Sede centrale",
        address="Via di Prova 1",
        postal_code="23900",
        municipality="Lecco",
        province="LC",
        latitude="45.855000",
        longitude="9.390000",
        hours_note="Chiuso ad agosto.",
    )
    location.save()
    OpeningHours.objects.create(location=location, weekday=0, opens=datetime.time(9), closes=datetime.time(12, 30))
    OpeningHours.objects.create(location=location, weekday=3, opens=datetime.time(14), closes=datetime.time(18))
    service.save_revision().publish()
    return ServicePage.objects.get(pk=service.pk)
