"""Loads the site-wide seed content: taxonomy, home, agreement pages, networks,
footer pages and site settings. Safe to run any number of times."""

from django.db import transaction
from wagtail.models import Locale, Page, Site

from home.models import (
    Action,
    AgreementPage,
    Audience,
    HomePage,
    Municipality,
    NetworkIndexPage,
    NetworkPage,
    Objective,
    SiteSettings,
    StandardPage,
)
from home.models.territory import sync_municipalities
from home.seed import content
from home.seed.networks import NETWORKS, TERRITORY_PROVINCES
from home.seed.pages import ensure_page
from home.seed.taxonomy import AUDIENCES, OBJECTIVES
from home.site_url import hostname_and_port


def load_taxonomy(locale):
    created = 0
    for item in OBJECTIVES:
        objective, was_created = Objective.objects.get_or_create(
            locale=locale,
            slug=item["slug"],
            defaults={
                "number": item["number"],
                "title": item["title"],
                "actions_continue": item.get("actions_continue", False),
            },
        )
        created += was_created
        for order, (slug, title) in enumerate(item["actions"]):
            _, was_created = Action.objects.get_or_create(
                locale=locale,
                slug=slug,
                defaults={"objective": objective, "title": title, "sort_order": order},
            )
            created += was_created
    for slug, name, order in AUDIENCES:
        _, was_created = Audience.objects.get_or_create(
            locale=locale, slug=slug, defaults={"name": name, "sort_order": order}
        )
        created += was_created
    return created


def load_home(locale):
    home = HomePage.objects.filter(locale=locale).first()
    if home is not None:
        return home, False
    root = Page.get_first_root_node()
    # Wagtail's installation page ("Welcome to your new Wagtail site!") holds the slug we want.
    for placeholder in root.get_children().filter(slug=content.HOME["slug"], content_type__model="page"):
        if placeholder.get_children_count() == 0:
            placeholder.delete()
    home, _ = ensure_page(root, HomePage, content.HOME)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.root_page = home
    site.hostname, site.port = hostname_and_port()
    site.site_name = "Conciliazione Lombardia"
    site.save()
    return home, True


def seed_territory(network):
    """The municipalities of the network's province, where its territory is that province and
    editors have not set it yet (an edited territory is never overwritten)."""
    province = TERRITORY_PROVINCES.get(network.slug)
    if province and not network.municipalities.exists():
        network.municipalities.set(Municipality.objects.filter(province=province))
        network.save_revision().publish()  # the revision editors open holds the territory too


@transaction.atomic
def load(stdout=None):
    sync_municipalities()
    locale = Locale.get_default()
    counts = {"taxonomy": load_taxonomy(locale)}
    home, created = load_home(locale)
    pages_created = int(created)

    agreement, created = ensure_page(home, AgreementPage, content.AGREEMENT, show_in_menus=True)
    pages_created += created
    for child in content.AGREEMENT_CHILDREN:
        pages_created += ensure_page(agreement, StandardPage, child)[1]

    network_index, created = ensure_page(home, NetworkIndexPage, content.NETWORK_INDEX, show_in_menus=True)
    pages_created += created
    for slug, short_name, asl_name in NETWORKS:
        data = {
            "title": f"Rete territoriale di conciliazione di {short_name}",
            "slug": slug,
            "intro": f"<p>La Rete territoriale di conciliazione famiglia-lavoro del territorio dell'{asl_name}.</p>",
        }
        network, created = ensure_page(
            network_index,
            NetworkPage,
            data,
            short_name=short_name,
            asl_name=asl_name,
            territory=f"Il territorio dell'{asl_name}.",
        )
        pages_created += created
        seed_territory(network)

    site = Site.objects.get(root_page=home)
    site_settings = SiteSettings.for_site(site)
    for field, data in content.FOOTER_PAGES.items():
        page, created = ensure_page(home, StandardPage, data)
        pages_created += created
        if getattr(site_settings, f"{field}_id") is None:
            setattr(site_settings, field, page)
    site_settings.save()

    counts["pages"] = pages_created
    if stdout is not None:
        stdout.write(f"home: {counts['taxonomy']} voci di tassonomia, {counts['pages']} pagine create")
    return counts
