"""Factories for the good-practice library (wagtail-factories): used by tests and
by `generate_demo_practices`."""

from decimal import Decimal

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from goodpractices.models import (
    Beneficiary,
    GoodPracticeIndexPage,
    GoodPracticePage,
    InterventionKind,
    Measure,
    PracticePeriod,
    ResultIndicator,
)


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


class BeneficiaryFactory(VocabularyTermFactory):
    class Meta:
        model = Beneficiary


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


class GoodPracticeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Buone pratiche"

    class Meta:
        model = GoodPracticeIndexPage


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
