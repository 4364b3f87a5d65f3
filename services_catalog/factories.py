"""Factories for the service catalogue (wagtail-factories). A ServicePage needs a
NetworkPage parent: `ServicePageFactory(parent=network_page)`."""

import datetime

import factory
import wagtail_factories

from services_catalog.models import OpeningHours, ServiceIndexPage, ServiceLocation, ServicePage


class ServiceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Servizi"

    class Meta:
        model = ServiceIndexPage


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
