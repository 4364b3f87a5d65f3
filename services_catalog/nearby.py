"""What the catalogue says around the visitor's municipality and when few services match:
each card's distance, the network covering the municipality, and the ways out of a short
list (each filter's relaxation with the count it would give, the nearest services past the
radius, related good practices from other apps through the `catalogue_related_practices`
hook, the network's page). Counts come from the facet index (services_catalog.facets)."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import hooks

from home.models import NetworkIndexPage, NetworkPage

FEW_RESULTS = 3
NEAREST_SHOWN = 3
PRACTICES_SHOWN = 3
ANY_DISTANCE = float("inf")


@dataclass
class Relaxation:
    label: str
    count: int
    url: str


def mark_distances(services, index, origin):
    """Sets `distance_km` (whole km, or None) and `in_your_municipality` on each card."""
    for service in services:
        distance = index.distance_to(origin, service.pk) if origin else None
        service.distance_km = None if distance is None else round(distance)
        service.in_your_municipality = distance == 0


def covering_network(origin, locale):
    """The live network whose territory holds the municipality, in the page's language when
    translated; None when no network's territory lists it yet."""
    if origin is None:
        return None
    networks = NetworkPage.objects.live().public().filter(municipalities=origin.code)
    return networks.filter(locale=locale).first() or networks.first()


def networks_index(locale):
    """The list of networks, where a municipality no network's territory lists yet is sent."""
    return NetworkIndexPage.objects.live().public().filter(locale=locale).first()


def relaxation_label(name, filterset, facets, origin, count):
    services = ngettext("%(count)d servizio", "%(count)d servizi", count) % {"count": count}
    if name == "raggio":
        return _("in tutta la Lombardia: %(services)s") % {"services": services}
    if name == "eta":
        return _("senza il filtro età: %(services)s") % {"services": services}
    if name == "q":
        return _("senza il testo cercato: %(services)s") % {"services": services}
    legend = facets[name].legend.lower() if name in facets else name
    return _("senza il filtro «%(filter)s»: %(services)s") % {"filter": legend, "services": services}


def relaxations(counted, filterset, facets, origin, url_without):
    """One Relaxation per filter in use whose removal gives more services, most first."""
    found = [
        Relaxation(
            relaxation_label(name, filterset, facets, origin, bits.bit_count()),
            bits.bit_count(),
            url_without(name),
        )
        for name, bits in counted.relaxed.items()
        if bits.bit_count() > counted.total
    ]
    return sorted(found, key=lambda relaxation: -relaxation.count)


def nearest_beyond(counted, index, origin):
    """Keys of the nearest services matching everything but the radius, past it."""
    wider = counted.relaxed.get("raggio")
    if origin is None or wider is None:
        return []
    placed = index.within(origin, ANY_DISTANCE)  # a service at no known distance is near nothing
    return index.in_distance_order(wider & placed & ~counted.listed, origin, 0, NEAREST_SHOWN)


def related_practices(filterset, locale):
    """(title, url) of good practices related to the filters in use, from the apps that
    register the `catalogue_related_practices` hook (services_catalog imports none of them)."""
    applied = filterset.applied()
    found = []
    for hook in hooks.get_hooks("catalogue_related_practices"):
        found.extend(hook(applied, locale, PRACTICES_SHOWN))
    return found[:PRACTICES_SHOWN]
