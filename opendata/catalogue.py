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


def datasets():
    return [
        Dataset(
            identifier="servizi-conciliazione",
            title=_("Servizi di conciliazione famiglia-lavoro"),
            description=_(
                "Le schede dei servizi delle Reti territoriali di conciliazione: a chi si rivolgono, come "
                "accedervi, costi, sedi, orari, contatti, ente erogatore, obiettivi e azioni dell'accordo."
            ),
            keywords=[_("conciliazione"), _("servizi per le famiglie"), _("welfare aziendale")],
            distributions=[
                Distribution(_("Tabella CSV"), "CSV", reverse("opendata_services_csv"), "text/csv"),
                Distribution(_("API Open Referral HSDS 3.0"), "JSON", reverse("hsds:services"), "application/json"),
                Distribution(
                    _("Feed Atom delle novità"), "Atom", reverse("opendata_services_feed"), "application/atom+xml"
                ),
            ],
            columns=SERVICE_COLUMNS,
            modified=last_published(published_services(with_relations=False)),
        ),
        Dataset(
            identifier="buone-pratiche-conciliazione",
            title=_("Buone pratiche di conciliazione"),
            description=_(
                "Le buone pratiche delle Reti: obiettivi, azioni, tipi di intervento, partner, finanziamento "
                "e risultati come indicatori numerici."
            ),
            keywords=[_("conciliazione"), _("buone pratiche"), _("welfare aziendale")],
            distributions=[
                Distribution(_("Tabella CSV"), "CSV", reverse("opendata_practices_csv"), "text/csv"),
                Distribution(
                    _("Feed Atom delle novità"), "Atom", reverse("opendata_practices_feed"), "application/atom+xml"
                ),
            ],
            columns=PRACTICE_COLUMNS,
            modified=last_published(published_practices()),
        ),
        Dataset(
            identifier="cifre-regionali-conciliazione",
            title=_("Cifre regionali delle Reti di conciliazione"),
            description=_(
                "Le cifre che il sito pubblica sulle Reti e sull'accordo regionale (numeri delle Reti, "
                "beneficiari, risorse, azioni), ciascuna con la sua unità, nota e fonte."
            ),
            keywords=[_("conciliazione"), _("statistiche"), _("DGR X/1081")],
            distributions=[
                Distribution(_("Tabella CSV"), "CSV", reverse("opendata_figures_csv"), "text/csv"),
                Distribution(_("JSON"), "JSON", reverse("opendata_figures_json"), "application/json"),
            ],
            columns=FIGURE_COLUMNS,
            modified=max((page.last_published_at for page in figure_pages() if page.last_published_at), default=None),
            frequency=FREQUENCY_IRREGULAR,
        ),
    ]
