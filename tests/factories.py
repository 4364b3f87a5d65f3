"""Factories of the tests (wagtail-factories): pages are created with `parent=`, e.g.
`ServicePageFactory(parent=network_page)` (a service and a practice need a NetworkPage
parent). Taxonomy and indicators of a practice are passed as lists (modelcluster commits
them on save)."""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from goodpractices.models import GoodPracticePage, InterventionKind, Measure, PracticePeriod, ResultIndicator
from home.models import StandardPage
from services_catalog.models import OpeningHours, ServiceLocation, ServicePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    intro = "<p>Introduzione.</p>"

    class Meta:
        model = StandardPage


class ServicePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Servizio {n}")
    short_description = factory.LazyAttribute(lambda o: f"{o.title}: un servizio di conciliazione.")
    how_to = "<p>Telefonare per fissare un appuntamento.</p>"
    contact_email = factory.Sequence(lambda n: f"servizio{n}@example.org")
    is_free = True
    status = "active"
    last_verified = factory.LazyFunction(datetime.date.today)

    class Meta:
        model = ServicePage
        skip_postgeneration_save = True

    @factory.post_generation
    def objectives(self, create, extracted, **kwargs):
        if create and extracted:
            self.objectives.set(extracted)
            self.save()

    @factory.post_generation
    def actions(self, create, extracted, **kwargs):
        if create and extracted:
            self.actions.set(extracted)
            self.save()

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        if create and extracted:
            self.audiences.set(extracted)
            self.save()


class ServiceLocationFactory(factory.django.DjangoModelFactory):
    service = factory.SubFactory(ServicePageFactory)
    address = factory.Sequence(lambda n: f"Via Roma {n + 1}")
    municipality = "Lecco"
    province = "LC"

    class Meta:
        model = ServiceLocation


class OpeningHoursFactory(factory.django.DjangoModelFactory):
    location = factory.SubFactory(ServiceLocationFactory)
    weekday = 0
    opens = datetime.time(9)
    closes = datetime.time(12, 30)

    class Meta:
        model = OpeningHours


class VocabularyTermFactory(DjangoModelFactory):
    locale = factory.LazyFunction(Locale.get_default)
    slug = factory.Sequence(lambda n: f"voce-{n}")
    name = factory.LazyAttribute(lambda o: o.slug.replace("-", " ").capitalize())

    class Meta:
        abstract = True
        django_get_or_create = ("slug", "locale")


class InterventionKindFactory(VocabularyTermFactory):
    class Meta:
        model = InterventionKind


class PracticePeriodFactory(VocabularyTermFactory):
    slug = "intesa-2010-2012"
    name = "Intesa conciliazione 2010-2012"
    start_year = 2010
    end_year = 2012

    class Meta:
        model = PracticePeriod


def indicator(label, value, measure="", unit="", qualifier=""):
    """An unsaved ResultIndicator, to pass in a page's `indicators` list."""
    return ResultIndicator(label=label, value=Decimal(value), measure=measure, unit=unit, qualifier=qualifier)


class GoodPracticePageFactory(wagtail_factories.PageFactory):
    """A practice; create it with `parent=<a NetworkPage>`. Taxonomy and indicators are
    passed as lists (modelcluster commits them on save)."""

    title = factory.Sequence(lambda n: f"Buona pratica {n}")
    summary = factory.LazyAttribute(lambda o: f"Sintesi di «{o.title}».")
    period = factory.SubFactory(PracticePeriodFactory)
    kinds = factory.LazyFunction(lambda: [InterventionKindFactory(slug="welfare-aziendale")])
    indicators = factory.LazyFunction(lambda: [indicator("lavoratori raggiunti", 10, Measure.WORKERS)])

    class Meta:
        model = GoodPracticePage
