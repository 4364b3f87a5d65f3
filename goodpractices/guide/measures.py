"""Each measure (Action) of the guide with what the site knows about it: the practices
that used it, with their results as the source gives them (never added together here),
and the catalogue's services that offer it, counted per network, with the catalogue's link
filtered by it. Everything in the page's language, like the catalogue and the library."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count

from goodpractices.models import GoodPracticePage
from home.models import NetworkPage
from search.locale_filters import in_language
from services_catalog.models import ServiceIndexPage, ServicePage

CATALOGUE_MEASURE_PARAMETER = "azione"
CATALOGUE_NETWORK_PARAMETER = "rete"


def measure_anchor(slug):
    """The fragment of a measure's section on its objective page (also published as the
    measure's HSDS term URI)."""
    return f"misura-{slug}"


@dataclass
class NetworkServices:
    network: NetworkPage
    count: int
    catalogue_url: str


@dataclass
class MeasureEntry:
    action: object  # home.Action
    practices: list = field(default_factory=list)
    networks: list = field(default_factory=list)  # NetworkServices, by network name
    catalogue_url: str = ""

    @property
    def anchor(self):
        return measure_anchor(self.action.slug)

    @property
    def services_count(self):
        return sum(item.count for item in self.networks)

    @property
    def is_empty(self):
        return not self.practices and not self.networks


def catalogue_base(locale):
    """The catalogue's address in `locale`, or "" without a catalogue."""
    catalogue = ServiceIndexPage.objects.live().filter(locale=locale).first()
    return catalogue.url if catalogue is not None else ""


def filtered(base, **params):
    return f"{base}?{urlencode(params)}" if base else ""


def practices_by_action(actions, locale):
    """{action pk: [live practices that used it]}, by network and title."""
    pks = [action.pk for action in actions]
    practices = (
        in_language(GoodPracticePage.objects.live().public(), locale)
        .filter(actions__in=pks)
        .distinct()
        .select_related("network", "period")
        .prefetch_related("indicators", "kinds", "actions")
        .order_by("network__short_name", "title")
    )
    found = {pk: [] for pk in pks}
    for practice in practices:
        for action in practice.actions.all():
            if action.pk in found:
                found[action.pk].append(practice)
    return found


def services_by_action(actions, locale, networks=None):
    """{action pk: {network pk: number of live services offering it}}."""
    services = in_language(ServicePage.objects.live().public().current(), locale).filter(
        actions__in=[action.pk for action in actions]
    )
    if networks is not None:
        services = services.filter(network__in=networks)
    rows = services.values("actions", "network").annotate(count=Count("pk", distinct=True)).order_by()
    found = {}
    for row in rows:
        if row["network"] is not None:
            found.setdefault(row["actions"], {})[row["network"]] = row["count"]
    return found


def measure_entries(actions, locale, networks=None):
    """One MeasureEntry per action, in the order given; `networks` narrows the services."""
    actions = list(actions)
    practices = practices_by_action(actions, locale)
    services = services_by_action(actions, locale, networks)
    network_pages = NetworkPage.objects.in_bulk({pk for counts in services.values() for pk in counts})
    base = catalogue_base(locale)
    entries = []
    for action in actions:
        counts = services.get(action.pk, {})
        by_network = sorted(
            (
                NetworkServices(
                    network_pages[pk],
                    count,
                    filtered(
                        base,
                        **{
                            CATALOGUE_MEASURE_PARAMETER: action.slug,
                            CATALOGUE_NETWORK_PARAMETER: network_pages[pk].slug,
                        },
                    ),
                )
                for pk, count in counts.items()
            ),
            key=lambda item: item.network.short_name,
        )
        entries.append(
            MeasureEntry(
                action=action,
                practices=practices[action.pk],
                networks=by_network,
                catalogue_url=filtered(base, **{CATALOGUE_MEASURE_PARAMETER: action.slug}),
            )
        )
    return entries
