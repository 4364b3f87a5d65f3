"""Factories for the site-wide page types (wagtail-factories)."""

import factory
import wagtail_factories

from home.models import AgreementPage, HomePage, NetworkIndexPage, NetworkPage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Conciliazione Lombardia"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    intro = "<p>Introduzione.</p>"

    class Meta:
        model = StandardPage


class AgreementPageFactory(wagtail_factories.PageFactory):
    title = "Accordo"

    class Meta:
        model = AgreementPage


class NetworkIndexPageFactory(wagtail_factories.PageFactory):
    title = "Reti"

    class Meta:
        model = NetworkIndexPage


class NetworkPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Rete {n}")
    short_name = factory.Sequence(lambda n: f"Territorio {n}")
    asl_name = factory.LazyAttribute(lambda o: f"ASL di {o.short_name}")
    territory = factory.LazyAttribute(lambda o: f"Il territorio dell'{o.asl_name}.")

    class Meta:
        model = NetworkPage
