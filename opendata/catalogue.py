"""The datasets the site publishes, described in DCAT-AP_IT terms (title, description,
publisher, licence, update frequency, distributions and their formats, last
modification, theme). Shown on /open-data/."""

from dataclasses import dataclass, field

from django.db.models import Max
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from opendata.columns import PRACTICE_COLUMNS, SERVICE_COLUMNS
from opendata.figures import FIGURE_COLUMNS, figure_pages
from opendata.sources import published_practices, published_services

LICENCE = {
    "name": "Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)",
    "url": "https://creativecommons.org/licenses/by/4.0/deed.it",
}
# EU controlled vocabularies used by DCAT-AP_IT.
FREQUENCY_CONTINUOUS = {
    "label": _("Continuo: i dati sono generati a ogni pubblicazione di una scheda"),
    "uri": "http://publications.europa.eu/resource/authority/frequency/UPDATE_CONT",
}
FREQUENCY_IRREGULAR = {
    "label": _("Irregolare: i dati cambiano quando la redazione aggiorna le cifre"),
    "uri": "http://publications.europa.eu/resource/authority/frequency/IRREG",
}
THEME_SOCIETY = {
    "label": _("Popolazione e società"),
    "uri": "http://publications.europa.eu/resource/authority/data-theme/SOCI",
}
FILE_TYPES = {
    "CSV": "http://publications.europa.eu/resource/authority/file-type/CSV",
    "JSON": "http://publications.europa.eu/resource/authority/file-type/JSON",
    "Atom": "http://publications.europa.eu/resource/authority/file-type/ATOM",
}


@dataclass
class Distribution:
    title: str
    format: str
    url: str
    media_type: str

    @property
    def format_uri(self):
        return FILE_TYPES[self.format]


@dataclass
class Dataset:
    identifier: str
    title: str
    description: str
    keywords: list
    distributions: list
    columns: list
    modified: object = None
    licence: dict = field(default_factory=lambda: LICENCE)
    frequency: dict = field(default_factory=lambda: FREQUENCY_CONTINUOUS)
    theme: dict = field(default_factory=lambda: THEME_SOCIETY)


def last_published(pages):
    return pages.order_by().aggregate(latest=Max("last_published_at"))["latest"]


def csv_table(url_name):
    return Distribution(_("Tabella CSV"), "CSV", reverse(url_name), "text/csv")


def news_feed(url_name):
    return Distribution(_("Feed Atom delle novità"), "Atom", reverse(url_name), "application/atom+xml")


def dataset(identifier, title, description, keywords, csv_url_name, columns, modified, more=(), **options):
    """One dataset: its CSV table first, then its other distributions (`more`); every
    dataset is about conciliation, the first keyword."""
    return Dataset(
        identifier=identifier,
        title=title,
        description=description,
        keywords=[_("conciliazione"), *keywords],
        distributions=[csv_table(csv_url_name), *more],
        columns=columns,
        modified=modified,
        **options,
    )


def datasets():
    return [
        dataset(
            "servizi-conciliazione",
            _("Servizi di conciliazione famiglia-lavoro"),
            _(
                "Le schede dei servizi delle Reti territoriali di conciliazione: a chi si rivolgono, come "
                "accedervi, costi, sedi, orari, contatti, ente erogatore, obiettivi e azioni dell'accordo."
            ),
            [_("servizi per le famiglie"), _("welfare aziendale")],
            "opendata_services_csv",
            SERVICE_COLUMNS,
            last_published(published_services(with_relations=False)),
            more=[
                Distribution(_("API Open Referral HSDS 3.0"), "JSON", reverse("hsds:services"), "application/json"),
                news_feed("opendata_services_feed"),
            ],
        ),
        dataset(
            "buone-pratiche-conciliazione",
            _("Buone pratiche di conciliazione"),
            _(
                "Le buone pratiche delle Reti: obiettivi, azioni, tipi di intervento, partner, finanziamento "
                "e risultati come indicatori numerici."
            ),
            [_("buone pratiche"), _("welfare aziendale")],
            "opendata_practices_csv",
            PRACTICE_COLUMNS,
            last_published(published_practices()),
            more=[news_feed("opendata_practices_feed")],
        ),
        dataset(
            "cifre-regionali-conciliazione",
            _("Cifre regionali delle Reti di conciliazione"),
            _(
                "Le cifre che il sito pubblica sulle Reti e sull'accordo regionale (numeri delle Reti, "
                "beneficiari, risorse, azioni), ciascuna con la sua unità, nota e fonte."
            ),
            [_("statistiche"), _("DGR X/1081")],
            "opendata_figures_csv",
            FIGURE_COLUMNS,
            max((page.last_published_at for page in figure_pages() if page.last_published_at), default=None),
            more=[Distribution(_("JSON"), "JSON", reverse("opendata_figures_json"), "application/json")],
            frequency=FREQUENCY_IRREGULAR,
        ),
    ]
