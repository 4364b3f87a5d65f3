"""The columns of the CSV downloads: Italian header, meaning (shown on /open-data/)
and how each value is read from a page. One definition serves both the file and its
documentation, so they cannot drift apart."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _

from opendata.labels import choice_label, hours_label
from opendata.text import plain_text

LIST_SEPARATOR = "; "


@dataclass(frozen=True)
class Column:
    header: str
    description: Any
    value: Callable


def names(attribute, field="title"):
    return lambda page, request: LIST_SEPARATOR.join(getattr(item, field) for item in getattr(page, attribute).all())


def text(attribute):
    return lambda page, request: plain_text(getattr(page, attribute))


def raw(attribute):
    def read(page, request):
        value = getattr(page, attribute)
        if value is None:
            return ""
        if isinstance(value, bool):
            return "sì" if value else "no"
        return value.isoformat() if hasattr(value, "isoformat") else str(value)

    return read


def network_name(page, request):
    return page.network.title if page.network else ""


def page_url(page, request):
    return page.get_full_url(request)


def choice(attribute):
    return lambda page, request: choice_label(page, attribute)


def locations(page, request):
    return LIST_SEPARATOR.join(
        ", ".join(part for part in (loc.address, loc.postal_code, loc.municipality, loc.province) if part)
        for loc in page.locations.all()
    )


def opening_hours(page, request):
    return LIST_SEPARATOR.join(hours_label(hours) for loc in page.locations.all() for hours in loc.hours.all())


def indicators(page, request):
    return LIST_SEPARATOR.join(
        f"{item.label}: {choice_label(item, 'qualifier') + ' ' if item.qualifier else ''}{item.value.normalize():f}"
        f"{' ' + item.unit if item.unit else ''}"
        for item in page.indicators.all()
    )


COMMON_HEAD = [
    Column("titolo", _("Titolo della scheda."), raw("title")),
    Column("rete", _("Rete territoriale di conciliazione che la pubblica."), network_name),
]
COMMON_TAIL = [
    Column("obiettivi", _("Obiettivi dell'accordo, separati da «; »."), names("objectives")),
    Column("azioni", _("Azioni attuabili, separate da «; »."), names("actions")),
]
LAST_CHANGE = Column("ultima_modifica", _("Data e ora dell'ultima pubblicazione (ISO 8601)."), raw("last_published_at"))
ADDRESS = Column("indirizzo_web", _("Indirizzo della scheda sul sito."), page_url)

SERVICE_COLUMNS = [
    Column("identificativo", _("Identificativo stabile (UUID), lo stesso dell'API Open Referral."), raw("uuid")),
    *COMMON_HEAD,
    Column("descrizione_breve", _("Che cosa offre il servizio, in breve."), raw("short_description")),
    *COMMON_TAIL,
    Column(
        "destinatari", _("A chi si rivolge: famiglie e cittadini, lavoratori, imprese."), names("audiences", "name")
    ),
    Column("a_chi_e_rivolto", _("Chi può chiedere il servizio e con quali condizioni."), text("target_audience")),
    Column("come_fare", _("I passi per chiedere il servizio."), text("how_to")),
    Column("cosa_serve", _("Documenti e requisiti."), text("requirements")),
    Column("cosa_si_ottiene", _("Che cosa riceve chi usa il servizio."), text("outcome")),
    Column("tempi_e_scadenze", _("Tempi, periodi di apertura, scadenze."), text("deadlines")),
    Column("iscrizioni_dal", _("Inizio delle iscrizioni (AAAA-MM-GG)."), raw("registration_start")),
    Column("iscrizioni_fino_al", _("Fine delle iscrizioni (AAAA-MM-GG)."), raw("registration_end")),
    Column(
        "gratuito",
        _("«sì» se il servizio non costa nulla a chi lo usa, «no» se costa; vuoto se non è indicato."),
        raw("is_free"),
    ),
    Column("costo", _("Tariffe, riduzioni, contributi."), raw("cost_description")),
    Column(
        "accetta_voucher",
        _("«sì» se si può pagare con i voucher di conciliazione, «no» se non si può; vuoto se non è indicato."),
        raw("accepts_vouchers"),
    ),
    Column("sedi", _("Indirizzo, CAP, comune e provincia di ogni sede, separate da «; »."), locations),
    Column("orari", _("Orari di apertura delle sedi, separati da «; »."), opening_hours),
    Column("telefono", _("Telefono."), raw("contact_phone")),
    Column("email", _("Email."), raw("contact_email")),
    Column("sito_web", _("Sito web del servizio."), raw("contact_website")),
    Column("eta_minima_mesi", _("Età minima in mesi; vuoto se non ci sono limiti."), raw("age_min_months")),
    Column("eta_massima_mesi", _("Età massima in mesi; vuoto se non ci sono limiti."), raw("age_max_months")),
    Column("lingue", _("Lingue in cui è offerto."), raw("languages")),
    Column("accessibilita", _("Accessibilità per persone con disabilità."), raw("accessibility_notes")),
    Column("ente_erogatore", _("Organizzazione che eroga il servizio."), raw("provider_name")),
    Column("tipo_ente", _("Ente pubblico, impresa privata o terzo settore."), choice("provider_kind")),
    Column("stato", _("Non verificato, attivo, sospeso o concluso."), choice("status")),
    Column(
        "motivo_stato",
        _("Perché il servizio è sospeso o concluso; per uno non verificato, ciò che se ne sa."),
        raw("status_reason"),
    ),
    Column("valido_dal", _("Inizio della validità (AAAA-MM-GG)."), raw("valid_from")),
    Column("valido_fino_al", _("Fine della validità (AAAA-MM-GG)."), raw("valid_to")),
    Column("ultima_verifica", _("Giorno in cui la redazione ha verificato le informazioni."), raw("last_verified")),
    LAST_CHANGE,
    ADDRESS,
]

PRACTICE_COLUMNS = [
    Column("identificativo", _("Identificativo della pagina sul sito."), raw("pk")),
    *COMMON_HEAD,
    Column("periodo", _("Periodo di programmazione, ad esempio l'intesa 2010-2012."), raw("period")),
    Column("sintesi", _("Sintesi della pratica."), raw("summary")),
    Column("descrizione", _("Descrizione completa."), text("description")),
    *COMMON_TAIL,
    Column("tipi_di_intervento", _("Tipi di intervento, separati da «; »."), names("kinds", "name")),
    Column("beneficiari", _("A chi è rivolta, separati da «; »."), names("beneficiaries", "name")),
    Column("risultati", _("Indicatori di risultato «etichetta: valore unità», separati da «; »."), indicators),
    Column("partner", _("Enti, imprese e associazioni coinvolti."), raw("partners")),
    Column("finanziamento", _("Fonte e importo delle risorse."), raw("funding")),
    Column("inizio", _("Inizio delle attività (AAAA-MM-GG)."), raw("started_on")),
    Column("fine", _("Fine delle attività (AAAA-MM-GG)."), raw("ended_on")),
    Column("dimensione_imprese", _("Dimensione delle imprese coinvolte."), choice("company_size")),
    Column("settore", _("Settore delle imprese coinvolte."), raw("sector")),
    Column("trasferibilita", _("Note sulla trasferibilità ad altri contesti."), raw("transferability")),
    LAST_CHANGE,
    ADDRESS,
]
