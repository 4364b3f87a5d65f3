"""The regional figures as data: every figure, bar and amount that the home page and the
agreement's pages show, one row each, with its section, unit, note, source, page and the
page's last publication. Read from the same StreamField blocks the pages render, so the
download and the page cannot disagree. Unknown stays unknown: an amount whose label the
source does not give has an empty label (null in JSON)."""

from dataclasses import asdict, dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from home.models import AgreementPage, HomePage
from opendata.columns import Column


@dataclass(frozen=True)
class FigureRow:
    page: str
    url: str
    section: str
    label: str | None
    value: Decimal
    unit: str
    kind: str  # "cifra", "barra", "importo", "totale"
    note: str
    source: str
    updated: str | None


def json_number(value):
    """A Decimal as JSON writes it: an int when it is whole, else a float."""
    return int(value) if value == value.to_integral_value() else float(value)


def field(name):
    """A column reading one attribute of a FigureRow ("" for unknown)."""

    def read(row, request=None):
        value = getattr(row, name)
        return "" if value is None else value

    return read


def value_field(row, request=None):
    return json_number(row.value)


# The CSV's columns, in order: Italian header, meaning (shown on /open-data/), field.
FIGURE_COLUMNS = [
    Column(_("pagina"), _("La pagina del sito che pubblica la cifra."), field("page")),
    Column(_("indirizzo"), _("L'indirizzo della pagina."), field("url")),
    Column(_("sezione"), _("Il titolo della sezione o del grafico."), field("section")),
    Column(_("voce"), _("Che cosa misura la cifra; vuota se la fonte non lo indica."), field("label")),
    Column(_("valore"), _("Il numero, con il punto come separatore decimale."), value_field),
    Column(_("unità"), _("€, % o vuota per un conteggio."), field("unit")),
    Column(
        _("tipo"),
        _("cifra, barra (di un grafico), importo (di una scomposizione) o totale (dichiarato dalla fonte)."),
        field("kind"),
    ),
    Column(_("nota"), _("Che cosa la fonte non dice o come leggere la cifra."), field("note")),
    Column(_("fonte"), _("Il documento da cui la cifra è tratta."), field("source")),
    Column(_("aggiornato il"), _("La data dell'ultima pubblicazione della pagina."), field("updated")),
]


def figure_pages():
    """The live, public pages of the source language that publish the regional figures: the
    home page, the agreement and the agreement's own pages, in tree order."""
    locale = Locale.get_default()
    pages = list(HomePage.objects.live().public().filter(locale=locale))
    for agreement in AgreementPage.objects.live().public().filter(locale=locale):
        pages += [agreement, *agreement.get_descendants().live().public().specific()]
    return sorted(pages, key=lambda page: page.path)


def block_rows(value, block_type):
    """(label, value, unit, kind, note) for each figure of one block."""
    if block_type == "key_figures":
        for item in value["figures"]:
            yield item["label"], item["value"], item["unit"], "cifra", item["note"]
    elif block_type == "bar_chart":
        for bar in value["bars"]:
            yield bar["label"], bar["value"], value["unit"], "barra", value["note"]
    elif block_type == "amount_breakdown":
        for item in value["items"]:
            yield item["label"] or None, item["amount"], "€", "importo", value["note"]
        yield str(_("Totale")), value["total"], "€", "totale", value["note"]


def figure_rows():
    for page in figure_pages():
        body = getattr(page, "body", None) or []
        updated = page.last_published_at.date().isoformat() if page.last_published_at else None
        for block in body:
            section = block.value.get("title", "") if hasattr(block.value, "get") else ""
            for label, value, unit, kind, note in block_rows(block.value, block.block_type):
                yield FigureRow(
                    page=page.title,
                    url=page.full_url,
                    section=section,
                    label=label,
                    value=value,
                    unit=unit or "",
                    kind=kind,
                    note=note or "",
                    source=block.value.get("source", "") or "",
                    updated=updated,
                )


def as_json(row):
    return {**asdict(row), "value": json_number(row.value)}


def latest_update(rows):
    dates = [row.updated for row in rows if row.updated]
    return max(dates) if dates else None
