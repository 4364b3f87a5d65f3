"""Atom feeds of new and updated services and practices, site-wide and per network:
the most recently published first, each entry dated by its first publication
(`published`) and its last one (`updated`)."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from home.models import NetworkPage
from home.site_url import absolute_url
from opendata.sources import published_practices, published_services

FEED_LENGTH = 50


class CatalogueFeed(Feed):
    """Site-wide when called without a network, else the network's (by its slug)."""

    feed_type = Atom1Feed
    kind_title = ""
    kind_description = ""
    url_name = ""  # the site-wide feed's URL name
    network_url_name = ""  # a network's feed

    def get_object(self, request, network_slug=None):
        # The feeds publish the source language only (opendata.sources), so the network is
        # the source-language page: its translations share the slug.
        if network_slug is None:
            return None
        networks = NetworkPage.objects.live().public().filter(locale=Locale.get_default())
        return get_object_or_404(networks, slug=network_slug)

    def pages(self):
        raise NotImplementedError

    def title(self, network):
        if network is None:
            return f"{self.kind_title} · Conciliazione Lombardia"
        return f"{self.kind_title} · {network.title}"

    def subtitle(self, network):
        return self.kind_description

    def link(self, network):
        return network.full_url if network else absolute_url("/")

    def feed_url(self, network):
        if network is None:
            return absolute_url(reverse(self.url_name))
        return absolute_url(reverse(self.network_url_name, args=[network.slug]))

    def items(self, network):
        pages = self.pages()
        if network is not None:
            pages = pages.filter(network=network)
        return pages.order_by("-last_published_at", "-pk")[:FEED_LENGTH]

    def item_title(self, page):
        return page.title

    def item_link(self, page):
        return page.full_url

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at

    def item_author_name(self, page):
        return page.network.title if page.network else None


class ServicesFeed(CatalogueFeed):
    kind_title = _("Servizi di conciliazione nuovi e aggiornati")
    url_name = "opendata_services_feed"
    network_url_name = "opendata_services_network_feed"
    kind_description = _("Le schede dei servizi di conciliazione famiglia-lavoro pubblicate o aggiornate di recente.")

    def pages(self):
        return published_services(with_relations=False)

    def item_description(self, page):
        return page.short_description

    def item_guid(self, page):
        return f"urn:uuid:{page.uuid}"

    item_guid_is_permalink = False


class PracticesFeed(CatalogueFeed):
    kind_title = _("Buone pratiche nuove e aggiornate")
    url_name = "opendata_practices_feed"
    network_url_name = "opendata_practices_network_feed"
    kind_description = _("Le buone pratiche di conciliazione delle Reti pubblicate o aggiornate di recente.")

    def pages(self):
        return published_practices()

    def item_description(self, page):
        return page.summary
