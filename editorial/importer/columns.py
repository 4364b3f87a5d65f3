"""The columns of the import file. Headers are part of the file format and stay in Italian
(the template editors download); each maps to a field of the ServicePage contract."""

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    required: bool = False
    hint: str = ""


COLUMNS = (
    Column("external_id", "ID esterno", True, "Codice univoco del servizio nel vostro archivio (es. LC-0001)."),
    Column("title", "Titolo", True, "Nome del servizio."),
    Column("short_description", "Descrizione breve", True, "Una o due frasi."),
    Column("objectives", "Obiettivi", False, "Numeri (1-5) o codici degli obiettivi, separati da «;»."),
    Column("actions", "Azioni", False, "Codici delle azioni, separati da «;» (es. nido-aziendale)."),
    Column("audiences", "Destinatari", True, "Codici: famiglie; lavoratori; imprese."),
    Column("target_audience", "A chi è rivolto"),
    Column("how_to", "Come fare"),
    Column("requirements", "Cosa serve"),
    Column("outcome", "Cosa si ottiene"),
    Column("deadlines", "Tempi e scadenze"),
    Column("registration_start", "Iscrizioni dal", False, "Data gg/mm/aaaa."),
    Column("registration_end", "Iscrizioni al", False, "Data gg/mm/aaaa."),
    Column("is_free", "Gratuito", False, "sì, no o vuoto se non è indicato (un servizio già presente resta com'era)."),
    Column("cost_description", "Costo"),
    Column("accepts_vouchers", "Accetta voucher", False, "sì, no o vuoto se non è indicato."),
    Column("contact_phone", "Telefono", False, "Almeno uno tra telefono, email e sito web."),
    Column("contact_email", "Email"),
    Column("contact_website", "Sito web", False, "Indirizzo completo, con https://."),
    Column("address", "Indirizzo"),
    Column("postal_code", "CAP", False, "Cinque cifre."),
    Column("municipality", "Comune", True, "Comune lombardo (elenco ISTAT)."),
    Column("province", "Provincia", False, "Sigla (es. LC); se vuota si ricava dal comune."),
    Column(
        "opening_hours",
        "Orari",
        False,
        "Giorni e orari della sede, separati da «;»: es. lun-ven 9:00-12:30, 14:00-17:00; sab 9-12.",
    ),
    Column("hours_note", "Nota sugli orari", False, "Es. chiuso ad agosto, solo su appuntamento."),
    Column("age_min_months", "Età minima (mesi)", False, "Mesi (es. 18) oppure con l'unità: 18 mesi, 3 anni."),
    Column("age_max_months", "Età massima (mesi)", False, "Mesi (es. 36) oppure con l'unità: 36 mesi, 3 anni."),
    Column("languages", "Lingue"),
    Column("accessibility_notes", "Accessibilità"),
    Column("provider_name", "Ente erogatore", True),
    Column("provider_kind", "Tipo di ente", False, "pubblico, privato o terzo settore."),
    Column(
        "status",
        "Stato",
        False,
        "non verificato, attivo, sospeso o concluso (vuoto: non verificato; un servizio già presente resta com'era).",
    ),
    Column("status_reason", "Motivo dello stato", False, "Obbligatorio se il servizio è sospeso o concluso."),
    Column("valid_from", "Valido dal", False, "Data gg/mm/aaaa."),
    Column("valid_to", "Valido al", False, "Data gg/mm/aaaa."),
    Column(
        "last_verified",
        "Ultima verifica",
        False,
        "Data gg/mm/aaaa dell'ultima verifica delle informazioni (vuota: data non nota).",
    ),
)
REQUIRED_KEYS = frozenset(column.key for column in COLUMNS if column.required)

# The template's example row: placeholder text only, refused if it is left in the file.
EXAMPLE_ID_PREFIX = "ESEMPIO"
EXAMPLE_ROW = {
    "external_id": "ESEMPIO-cancellare-questa-riga",
    "title": "ESEMPIO - titolo del servizio",
    "short_description": "ESEMPIO - una o due frasi che descrivono il servizio.",
    "objectives": "5",
    "audiences": "famiglie",
    "contact_website": "https://example.org",
    "municipality": "nome del comune",
    "opening_hours": "lun-ven 9:00-12:30, 14:00-17:00; sab 9-12",
    "provider_name": "ESEMPIO - nome dell'ente",
    "last_verified": "gg/mm/aaaa",
}


def is_example_row(raw):
    return raw.get("external_id", "").strip().upper().startswith(EXAMPLE_ID_PREFIX)


def normalize(text):
    """Lower case, no accents, single spaces: how headers and names are compared."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower()


COLUMNS_BY_HEADER = {normalize(column.header): column for column in COLUMNS}
