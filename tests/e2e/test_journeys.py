"""The service finder's acceptance test: three people start from the home page on a 390×844
phone, with JavaScript on and off. On the demo data each ends at a matching service with its
distance in at most three taps; on the seed data at the matching services or the ways out, and
the network, never at a bare «0 servizi», and no card there claims a status or a flag the
source does not give (the seed sheets themselves: tests/services_catalog/test_unverified_seed.py).
axe-core runs on every page reached."""

import re
from dataclasses import dataclass

import pytest

from services_catalog.ages import parse_age
from services_catalog.demo import KINDS
from tests.e2e.helpers import assert_first_result_on_first_screen

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
MAX_TAPS = 3
DISTANCE = re.compile(r"a (\d+) km")
AGE_RANGE = re.compile(r"Età: da (.+?) a (.+?)(?: ·|$)", re.MULTILINE)
RELAXATION_COUNT = re.compile(r": (\d+) serviz[io]")


@dataclass(frozen=True)
class Journey:
    person: str
    need: str  # the need's button on the home page
    town: str  # where the demo data (demo_near_lecco) has services of this need nearby
    network: str  # the network whose territory holds the town
    age: int | None  # in years; None when the need is not a child's
    kinds: tuple  # the demo kinds (services_catalog.demo.KINDS) that meet the need

    def demo_titles(self):
        return tuple(KINDS[kind][0] for kind in self.kinds)


JOURNEYS = [
    Journey("mother", "Dopo scuola", "Lodi", "Lodi", 7, ("dopo-scuola", "accompagnamento-casa-scuola")),
    Journey("father", "Centri estivi", "Merate", "Lecco", 9, ("centri-ricreativi",)),
    Journey(
        "carer",
        "Assistenza ad anziani e disabili",
        "Vimercate",
        "Monza e Brianza",
        None,
        ("assistenza-domiciliare", "accompagnamento-pratiche", "pulizia-casa"),
    ),
]


class Visitor:
    """A person on a phone: typing in a field is free, each click or submit is a tap. Every page
    reached is checked with axe-core (which needs JavaScript to run)."""

    def __init__(self, page, accessibility):
        self.page = page
        self.accessibility = accessibility
        self.taps = []
        self.violations = []  # (url, violations) of each page reached

    def arrive(self, url):
        self.page.goto(url)
        self.check_page()

    def tap(self, target):
        self.taps.append(target.inner_text().strip())
        target.click()
        self.page.wait_for_load_state("load")
        self.check_page()

    def check_page(self):
        if self.accessibility:
            self.violations.append((self.page.url, self.accessibility(self.page)))


def take(visitor, live_site, journey):
    """From the home page: the town, the need's button, then (for a child) the age."""
    page = visitor.page
    visitor.arrive(live_site["url"] + "/")
    page.get_by_label("Il tuo comune").fill(journey.town)
    visitor.tap(page.get_by_role("button", name=journey.need, exact=True))
    if journey.age is not None:
        visitor.tap(page.locator("#catalogue-form .filter-panel > summary"))
        page.get_by_label("Età", exact=True).fill(str(journey.age))
        visitor.tap(page.get_by_role("button", name="Applica i filtri"))


@pytest.fixture
def visitor(browser, serious_violations, javascript):
    """On a 390×844 phone, with JavaScript on or off (the test's parameter)."""
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript, locale="it-IT")
    yield Visitor(context.new_page(), serious_violations if javascript else None)
    context.close()


def assert_journey_ended_well(visitor, journey):
    """Few taps, the results in view with their network, and no accessibility fault on the way."""
    page = visitor.page
    assert len(visitor.taps) <= MAX_TAPS, f"{journey.person}: {len(visitor.taps)} taps {visitor.taps}"
    assert f"comune={journey.town}" in page.url and page.url.endswith("#risultati")
    assert page.get_by_role("link", name=f"Rete di {journey.network}").first.is_visible()
    assert [(url, found) for url, found in visitor.violations if found] == []


def kilometres(distance):
    """0 for «nel tuo comune», N for «a N km», None for «distanza non nota» (a sheet without a place)."""
    if distance == "nel tuo comune":
        return 0
    if distance == "distanza non nota":
        return None
    return int(DISTANCE.fullmatch(distance)[1])


def assert_age_fits(meta, years):
    """The card's age range includes the age, or the card says the sheet gives none (the site
    keeps such services, marked, unless the visitor asks for known ages only)."""
    found = AGE_RANGE.search(meta)
    if found is None:
        assert "età non indicata" in meta, meta
        return
    low, high = parse_age(found[1]), parse_age(found[2])
    assert low <= years * 12 <= high, meta


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("journey", JOURNEYS, ids=lambda journey: journey.person)
def test_on_the_demo_data_a_matching_service_with_its_distance(live_site, demo_near_lecco, visitor, journey):
    take(visitor, live_site, journey)
    page = visitor.page
    assert_journey_ended_well(visitor, journey)
    assert_first_result_on_first_screen(page)
    first = page.locator(".service-card").first
    assert first.locator("h3").inner_text().startswith(journey.demo_titles())
    distances = [kilometres(text) for text in page.locator(".service-card .service-distance").all_inner_texts()]
    known = [km for km in distances if km is not None]
    assert distances[0] is not None and distances[: len(known)] == sorted(known), f"not nearest first: {distances}"
    if journey.age is not None:
        assert_age_fits(first.locator(".service-meta").inner_text(), journey.age)


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("journey", JOURNEYS, ids=lambda journey: journey.person)
def test_on_the_seed_data_the_services_or_the_ways_out(live_site, visitor, journey):
    take(visitor, live_site, journey)
    page = visitor.page
    assert_journey_ended_well(visitor, journey)
    count = int(page.locator("#results-count").inner_text().split()[0])
    if count:
        assert_first_result_on_first_screen(page)
    else:
        ways_out = page.locator(".ways-out .relaxations a").all_inner_texts()
        assert [text for text in ways_out if int(RELAXATION_COUNT.search(text)[1])], "«0 servizi» and no way out"
    # The seed sheets are unverified, their flags unknown: no card says otherwise.
    for card in page.locator(".service-card").all_inner_texts():
        assert "Non verificato" in card and "Attivo" not in card and "Gratuito" not in card, card
