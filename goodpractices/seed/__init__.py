"""Seed content of the good-practice library: the library page, its vocabularies and
the 13 practices of the source slides. Idempotent: nothing is created twice and
editors' changes are kept."""

from django.db import transaction
from wagtail.models import Locale

from goodpractices.models import Beneficiary, GoodPracticeIndexPage, InterventionKind, PracticePeriod
from goodpractices.seed.library import LIBRARY
from goodpractices.seed.vocabularies import BENEFICIARIES, KINDS, PERIODS
from home.models import HomePage
from home.seed.pages import ensure_page


def load_vocabularies(locale):
    created = 0
    for model, terms in ((InterventionKind, KINDS), (Beneficiary, BENEFICIARIES)):
        for order, (slug, name) in enumerate(terms):
            created += model.objects.get_or_create(
                locale=locale, slug=slug, defaults={"name": name, "sort_order": order}
            )[1]
    for order, period in enumerate(PERIODS):
        data = dict(period)
        created += PracticePeriod.objects.get_or_create(
            locale=locale, slug=data.pop("slug"), defaults={**data, "sort_order": order}
        )[1]
    return created


@transaction.atomic
def load(stdout=None):
    locale = Locale.get_default()
    terms = load_vocabularies(locale)
    created = 0
    for home in HomePage.objects.filter(locale=locale):
        created += ensure_page(home, GoodPracticeIndexPage, LIBRARY, show_in_menus=True)[1]
    if stdout is not None:
        stdout.write(f"buone pratiche: {terms} voci di vocabolario, {created} pagine create")
    return {"terms": terms, "pages": created}
