"""Demo services for tests and benchmarks: realistic sheets spread over the networks
and the taxonomy, every one marked `is_demo` (never loaded by `make run`; contacts use
the reserved example.org domain so nobody mistakes them for real ones). Their places are
real: municipalities of the network's territory with their centroids (home.geography);
their statuses, ages, costs and hours vary, unknown ones included, so that every filter
and every «non indicato» has something to show."""

import datetime
import random
from collections import defaultdict

from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale

from home.geography.municipalities import all_municipalities, find_municipality
from home.models import Action, Audience, NetworkPage
from home.seed.networks import TERRITORY_PROVINCES
from search.bulk_indexing import index_objects_in_bulk
from services_catalog.bulk_publish import LivePageCreator
from services_catalog.maintenance import refresh_service_statistics
from services_catalog.models import OpeningHours, ProviderKind, ServiceLocation, ServicePage, ServiceStatus

# Real municipalities of the networks that split a province (the others take every
# municipality of their province, TERRITORY_PROVINCES); the demo services themselves are invented.
MUNICIPALITIES = {
    "bergamo": ("BG", ["Bergamo", "Treviglio", "Seriate", "Dalmine", "Romano di Lombardia"]),
    "brescia": ("BS", ["Brescia", "Desenzano del Garda", "Montichiari", "Lumezzane", "Chiari"]),
    "como": ("CO", ["Como", "Cantù", "Erba", "Mariano Comense", "Olgiate Comasco"]),
    "cremona": ("CR", ["Cremona", "Crema", "Casalmaggiore", "Soresina"]),
    "lecco": ("LC", ["Lecco", "Merate", "Calolziocorte", "Valmadrera", "Casatenovo"]),
    "lodi": ("LO", ["Lodi", "Codogno", "Casalpusterlengo", "Sant'Angelo Lodigiano"]),
    "mantova": ("MN", ["Mantova", "Suzzara", "Castiglione delle Stiviere", "Viadana"]),
    "milano": ("MI", ["Milano"]),
    "milano-1": ("MI", ["Legnano", "Rho", "Magenta", "Abbiategrasso", "Parabiago"]),
    "milano-2": ("MI", ["Melegnano", "San Donato Milanese", "Cernusco sul Naviglio", "Gorgonzola"]),
    "monza-brianza": ("MB", ["Monza", "Seregno", "Desio", "Lissone", "Vimercate"]),
    "pavia": ("PV", ["Pavia", "Vigevano", "Voghera", "Mortara"]),
    "sondrio": ("SO", ["Sondrio", "Morbegno", "Tirano", "Chiavenna", "Bormio"]),
    "varese": ("VA", ["Varese", "Busto Arsizio", "Gallarate", "Saronno", "Luino"]),
    "vallecamonica-sebino": ("BS", ["Breno", "Darfo Boario Terme", "Edolo", "Pisogne"]),
}

# For each action: a title pattern, the audience slugs and an age range in months (or None).
KINDS = {
    "telelavoro": ("Consulenza sul telelavoro", ["imprese"], None),
    "smart-working": ("Accompagnamento allo smart working", ["imprese", "lavoratori"], None),
    "job-sharing": ("Sportello job sharing", ["imprese", "lavoratori"], None),
    "co-work": ("Spazio co-work con angolo bimbi", ["lavoratori"], (12, 72)),
    "flessibilita-oraria": ("Piani di flessibilità oraria", ["imprese"], None),
    "permessi-riduzione-orario": ("Consulenza su permessi e part-time", ["lavoratori", "imprese"], None),
    "rientro-maternita": ("Percorso di rientro dalla maternità", ["lavoratori", "imprese"], None),
    "counselling": ("Counselling per lavoratrici e lavoratori", ["lavoratori"], None),
    "maggiordomo-aziendale": ("Maggiordomo aziendale", ["imprese", "lavoratori"], None),
    "lavanderia-stireria": ("Lavanderia e stireria in azienda", ["lavoratori"], None),
    "disbrigo-pratiche": ("Disbrigo pratiche e commissioni", ["lavoratori"], None),
    "spesa-online": ("Spesa consegnata in azienda", ["lavoratori"], None),
    "sportelli-orientamento": ("Sportello conciliazione", ["famiglie", "lavoratori", "imprese"], None),
    "assistenza-domiciliare": ("Assistenza domiciliare per anziani", ["famiglie"], None),
    "accompagnamento-pratiche": ("Accompagnamento di persone non autosufficienti", ["famiglie"], None),
    "pulizia-casa": ("Pulizie per persone anziane o disabili", ["famiglie"], None),
    "piani-congedo": ("Piani di congedo personalizzati", ["lavoratori", "imprese"], None),
    "nido-aziendale": ("Nido aziendale", ["lavoratori", "famiglie"], (3, 36)),
    "baby-sitting-emergenza": ("Baby sitting per le emergenze", ["famiglie"], (6, 144)),
    "accompagnamento-casa-scuola": ("Pedibus e accompagnamento casa-scuola", ["famiglie"], (72, 168)),
    "dopo-scuola": ("Dopo scuola e aiuto compiti", ["famiglie"], (72, 168)),
    "centri-ricreativi": ("Centro estivo", ["famiglie", "lavoratori"], (36, 168)),
}
PROVIDERS = {
    ProviderKind.PUBLIC: "Comune di {municipality}",
    ProviderKind.PRIVATE: "Servizi Famiglia {municipality} srl",
    ProviderKind.THIRD_SECTOR: "Cooperativa sociale {municipality} Insieme",
}
LANGUAGES = ["italiano", "italiano, inglese", "italiano, francese", "italiano, arabo", "italiano, spagnolo"]
UNKNOWN_AGE_SHARE = 0.2  # services for children whose sheet gives no age
SUSPENDED_SHARE = 0.05
UNKNOWN_COST_SHARE = 0.15
BATCH = 2000  # pages written (and indexed) at once: a few queries each, memory kept small
HOURS = [
    [(0, 9, 12), (2, 9, 12), (4, 14, 17)],
    [(day, 8, 18) for day in range(5)],
    [(day, 14, 18) for day in range(5)],
    [(1, 9, 13), (3, 14, 18), (5, 9, 12)],
    [],
]


def territory_of(network):
    """The real municipalities (home.geography) where a network's demo services are."""
    province = TERRITORY_PROVINCES.get(network.slug)
    if province:
        return [municipality for municipality in all_municipalities() if municipality.province == province]
    _province, names = MUNICIPALITIES.get(network.slug, ("", []))
    return [found for name in names if (found := find_municipality(name))]


def demo_ages(ages, rng):
    if ages is None or rng.random() < UNKNOWN_AGE_SHARE:
        return None, None
    return ages


def demo_cost(rng):
    """(is_free, cost description): free, a price, or not known (not free, no description)."""
    if rng.random() < 0.4:
        return True, ""
    if rng.random() < UNKNOWN_COST_SHARE:
        return False, ""
    return False, f"{rng.randrange(2, 30) * 5} € al mese, con riduzioni ISEE."


def demo_status(rng):
    if rng.random() < SUSPENDED_SHARE:
        return ServiceStatus.SUSPENDED, "Dati dimostrativi: sospeso per la pausa estiva."
    return ServiceStatus.ACTIVE, ""


def demo_page(number, network, place, action, audiences, rng):
    pattern, _, ages = KINDS[action.slug]
    municipality = place.name
    kind = rng.choice(list(ProviderKind))
    is_free, cost = demo_cost(rng)
    age_min, age_max = demo_ages(ages, rng)
    status, status_reason = demo_status(rng)
    start = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randrange(0, 240))
    slots = rng.choice(HOURS)
    location = ServiceLocation(
        address=f"Via Garibaldi {rng.randrange(1, 120)}",
        municipality=municipality,
        province=place.province,
        latitude=place.latitude,
        longitude=place.longitude,
        hours_note="" if slots else "Su appuntamento.",
        hours=[OpeningHours(weekday=day, opens=datetime.time(a), closes=datetime.time(b)) for day, a, b in slots],
    )
    title = f"{pattern} a {municipality} ({number})"
    page = ServicePage(
        title=title,
        slug=slugify(f"demo-{number}-{pattern}")[:80],
        short_description=f"{pattern}: servizio dimostrativo della rete di {network.short_name} a {municipality}.",
        target_audience=f"<p>{', '.join(a.name for a in audiences)} del territorio di {network.short_name}.</p>",
        how_to="<p>Compilare la domanda online o presentarsi allo sportello negli orari di apertura.</p>",
        requirements="<p>Documento d'identità; per i servizi ai lavoratori, l'attestazione del datore di lavoro.</p>",
        outcome=f"<p>{pattern} per il tempo indicato nella domanda.</p>",
        deadlines="<p>Risposta entro 15 giorni dalla domanda.</p>",
        registration_start=start,
        registration_end=start + datetime.timedelta(days=rng.randrange(15, 120)),
        is_free=is_free,
        cost_description=cost,
        accepts_vouchers=rng.random() < 0.3,
        contact_email=f"servizio-{number}@example.org",
        contact_phone=f"0{rng.randrange(30, 39)} {rng.randrange(100000, 999999)}" if rng.random() < 0.5 else "",
        age_min_months=age_min,
        age_max_months=age_max,
        status=status,
        status_reason=status_reason,
        languages=rng.choice(LANGUAGES),
        provider_name=PROVIDERS[kind].format(municipality=municipality),
        provider_kind=kind,
        last_verified=datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randrange(0, 300)),
        is_demo=True,
        locations=[location],
        objectives=[action.objective],
        actions=[action],
        audiences=audiences,
    )
    return page


def generate(count, seed=1081):
    """Creates `count` demo services round-robin over the networks; returns how many."""
    create_demo_services(count, seed)
    refresh_service_statistics()
    return count


@transaction.atomic
def create_demo_services(count, seed):
    rng = random.Random(seed)
    locale = Locale.get_default()
    networks = list(NetworkPage.objects.filter(locale=locale).order_by("path"))
    actions = list(Action.objects.filter(locale=locale, slug__in=KINDS).select_related("objective"))
    audiences = {audience.slug: audience for audience in Audience.objects.filter(locale=locale)}
    if not networks or not actions:
        raise ValueError("Caricare prima i contenuti (load_seed_content): mancano reti o tassonomia.")
    creators = {network.pk: LivePageCreator(network) for network in networks}
    territories = {network.pk: territory_of(network) for network in networks}
    start = ServicePage.objects.filter(is_demo=True).count()
    # Demo pages are valid by construction (a test checks it) and reference only the taxonomy:
    # they are written in bulk, batch after batch, and indexed from memory.
    for first in range(0, count, BATCH):
        by_network = defaultdict(list)
        for offset in range(first, min(first + BATCH, count)):
            network = networks[offset % len(networks)]
            page = demo_page_for(start + offset + 1, network, territories[network.pk], actions, audiences, rng)
            by_network[network.pk].append(page)
        for network_pk, pages in by_network.items():
            creators[network_pk].create(pages)
        index_objects_in_bulk(ServicePage, [page for pages in by_network.values() for page in pages])
    for creator in creators.values():
        creator.finish()


def demo_page_for(number, network, territory, actions, audiences, rng):
    action = rng.choice(actions)
    place = rng.choice(territory) if territory else find_municipality("Milano")
    wanted = [audiences[slug] for slug in KINDS[action.slug][1] if slug in audiences]
    return demo_page(number, network, place, action, wanted, rng)


def delete_demo_services():
    """Deletes every demo sheet (treebeard keeps parents' child counts right)."""
    pages = list(ServicePage.objects.filter(is_demo=True))
    for page in pages:
        page.delete()
    return len(pages)
