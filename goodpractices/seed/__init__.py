"""Seed content of the good-practice library: the library page, its vocabularies and
the 13 practices of the source slides. Idempotent: nothing is created twice and
editors' changes are kept."""

from datetime import date
from decimal import Decimal

from django.db import transaction
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale

from goodpractices.models import (
    Beneficiary,
    CompanyGuidePage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    GuideObjectivePage,
    InterventionKind,
    PracticePeriod,
    ResultIndicator,
)
from goodpractices.seed.guide import GUIDE
from goodpractices.seed.library import LIBRARY
from goodpractices.seed.practices import PRACTICES
from goodpractices.seed.vocabularies import BENEFICIARIES, INTESA_2010_2012, KINDS, PERIODS
from home.models import Action, HomePage, NetworkPage, Objective
from home.seed.pages import ensure_page

PLAIN_FIELDS = ("partners", "funding", "transferability", "company_size", "sector", "age_min_months", "age_max_months")


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


def by_slug(model, locale, slugs):
    found = {term.slug: term for term in model.objects.filter(locale=locale, slug__in=slugs)}
    missing = set(slugs) - set(found)
    if missing:
        raise LookupError(f"{model.__name__}: {sorted(missing)}")
    return [found[slug] for slug in slugs]


def build_indicator(label, value, measure="", unit="", qualifier=""):
    return ResultIndicator(label=label, value=Decimal(value), measure=measure, unit=unit, qualifier=qualifier)


def build_practice(data, locale, period):
    dates = {field: date.fromisoformat(data[field]) for field in ("started_on", "ended_on") if field in data}
    return GoodPracticePage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        description=data["description"],
        period=period,
        kinds=by_slug(InterventionKind, locale, data["kinds"]),
        objectives=by_slug(Objective, locale, data.get("objectives", [])),
        actions=by_slug(Action, locale, data.get("actions", [])),
        beneficiaries=by_slug(Beneficiary, locale, data.get("beneficiaries", [])),
        indicators=[build_indicator(*row) for row in data.get("indicators", [])],
        **{field: data[field] for field in PLAIN_FIELDS if field in data},
        **dates,
    )


def load_practices(locale):
    period = PracticePeriod.objects.get(locale=locale, slug=INTESA_2010_2012)
    created = 0
    for data in PRACTICES:
        network = NetworkPage.objects.filter(locale=locale, slug=data["network"]).first()
        if network is None or network.get_children().filter(slug=data["slug"]).exists():
            continue
        practice = build_practice(data, locale, period)
        network.add_child(instance=practice)
        practice.save_revision().publish()
        created += 1
    return created


def load_library(locale):
    created = 0
    for home in HomePage.objects.filter(locale=locale):
        created += ensure_page(home, GoodPracticeIndexPage, LIBRARY, show_in_menus=True)[1]
    return created


def load_guide(locale):
    """The guide's index under each home page of `locale` and one page per objective."""
    created = 0
    for home in HomePage.objects.filter(locale=locale):
        guide, was_created = ensure_page(home, CompanyGuidePage, GUIDE, show_in_menus=True)
        created += was_created
        for objective in Objective.objects.filter(locale=locale).order_by("number"):
            data = {"title": objective.title, "slug": objective.slug}
            created += ensure_page(guide, GuideObjectivePage, data, objective=objective)[1]
    return created


def promote_objective_pages(locale):
    """Each measure's name, as a search query, promotes its objective page: the measures are
    listed words on a longer page, which a practice with the same words in its title outranks.
    Editors manage these promotions like any other (Ricerca > Risultati promossi)."""
    created = 0
    for page in GuideObjectivePage.objects.filter(locale=locale).select_related("objective"):
        for action in page.measures():
            query = Query.get(action.title)
            created += SearchPromotion.objects.get_or_create(query=query, page=page, defaults={"sort_order": 0})[1]
    return created


@transaction.atomic
def load(stdout=None):
    locale = Locale.get_default()
    counts = {
        "terms": load_vocabularies(locale),
        "pages": load_library(locale) + load_guide(locale),
        "practices": load_practices(locale),
    }
    counts["promotions"] = promote_objective_pages(locale)
    if stdout is not None:
        stdout.write(
            f"buone pratiche: {counts['terms']} voci di vocabolario, {counts['pages']} pagine e "
            f"{counts['practices']} pratiche create"
        )
    return counts
