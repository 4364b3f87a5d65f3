"""Validates one row of the import file and turns it into clean values for a ServicePage.
Every problem of a row is reported, with the column it concerns, in Italian."""

import re
from dataclasses import dataclass, field
from datetime import datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils import timezone
from django.utils.translation import gettext as _

from editorial.importer.columns import COLUMNS, REQUIRED_KEYS, is_example_row, normalize
from editorial.importer.hours import parse_opening_hours
from editorial.importer.municipalities import find_municipality
from hardening.spreadsheets import is_formula_like
from home.models import Action, Audience, Objective
from services_catalog.ages import parse_age

DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y")
PHONE_PATTERN = re.compile(r"^\+?[0-9][0-9 ./-]{4,18}[0-9]$")
MOJIBAKE_MARKERS = ("\ufffd", "Ã", "â€")
POSTAL_CODE_PATTERN = re.compile(r"^[0-9]{5}$")
MAX_LENGTHS = {
    "external_id": 100,
    "title": 255,
    "short_description": 400,
    "provider_name": 250,
    "address": 250,
    "contact_phone": 40,
    "languages": 200,
}
TRUE_WORDS = {"si", "s", "vero", "true", "1", "x", "yes"}
FALSE_WORDS = {"no", "n", "falso", "false", "0"}
UNKNOWN_WORDS = {"", "non indicato", "non noto", "non so", "?"}
# Empty: no status given (a new sheet is «non verificato», an updated one keeps its status).
STATUS_WORDS = {
    "": None,
    "non verificato": "unverified",
    "da verificare": "unverified",
    "attivo": "active",
    "sospeso": "suspended",
    "concluso": "ended",
    "terminato": "ended",
}
REASON_REQUIRED = ("suspended", "ended")
PROVIDER_KIND_WORDS = {
    "": "",
    "pubblico": "public",
    "privato": "private",
    "terzo settore": "third_sector",
    "terzo-settore": "third_sector",
}
HEADERS = {column.key: column.header for column in COLUMNS}


def formula_message(text):
    return _(
        "inizia con «%(char)s», che i fogli di calcolo leggono come una formula: togliere il carattere iniziale"
    ) % {"char": text[0]}


@dataclass
class RowResult:
    line: int
    external_id: str
    values: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)

    @property
    def is_valid(self):
        return not self.errors


class TaxonomyLookup:
    """Known objectives, actions and audiences of the default locale, by code (and number)."""

    def __init__(self):
        objectives = list(Objective.objects.filter(locale__language_code="it"))
        self.objectives = {o.slug: o for o in objectives} | {str(o.number): o for o in objectives}
        actions = Action.objects.filter(locale__language_code="it").select_related("objective")
        self.actions = {a.slug: a for a in actions}
        self.audiences = {a.slug: a for a in Audience.objects.filter(locale__language_code="it")}


class RowValidator:
    def __init__(self, taxonomy=None, today=None):
        self.taxonomy = taxonomy or TaxonomyLookup()
        self.today = today or timezone.localdate()
        self.seen_ids = {}

    def validate(self, line, raw):
        result = RowResult(line=line, external_id=raw.get("external_id", ""))
        errors = result.errors
        for key, text in raw.items():
            if any(marker in text for marker in MOJIBAKE_MARKERS):
                errors.append(self.message(key, _("caratteri non validi: il file va salvato in UTF-8")))
            if is_formula_like(text):
                errors.append(self.message(key, formula_message(text)))
        if is_example_row(raw):
            errors.append(self.message("external_id", _("riga di esempio del modello: cancellarla dal file")))
            return result
        for key in sorted(REQUIRED_KEYS, key=list(HEADERS).index):
            if not raw.get(key):
                errors.append(self.message(key, _("obbligatorio")))
        for key, limit in MAX_LENGTHS.items():
            if len(raw.get(key, "")) > limit:
                errors.append(self.message(key, _("più lungo di %(limit)s caratteri") % {"limit": limit}))
        values = {key: raw.get(key, "") for key in HEADERS if key not in CONVERTED}
        for key, convert in CONVERTED.items():
            try:
                values[key] = convert(self, raw.get(key, ""))
            except ValidationError as error:
                errors.append(self.message(key, error.messages[0]))
        if not errors:
            self.check_consistency(values, errors)
        self.check_duplicate(result)
        result.values = values
        return result

    @staticmethod
    def message(key, text):
        return f"{HEADERS[key]}: {text}"

    def check_duplicate(self, result):
        if not result.external_id:
            return
        first = self.seen_ids.setdefault(result.external_id, result.line)
        if first != result.line:
            result.errors.append(self.message("external_id", _("ripetuto (già alla riga %(line)s)") % {"line": first}))

    def check_consistency(self, values, errors):
        pairs = (
            ("age_min_months", "age_max_months", _("l'età minima supera quella massima")),
            ("registration_start", "registration_end", _("la data di inizio iscrizioni segue quella di fine")),
            ("valid_from", "valid_to", _("la data di inizio validità segue quella di fine")),
        )
        if not (values["contact_phone"] or values["contact_email"] or values["contact_website"]):
            errors.append(self.message("contact_phone", _("indicare almeno un contatto: telefono, email o sito web")))
        if values["status"] in REASON_REQUIRED and not values["status_reason"]:
            errors.append(self.message("status_reason", _("obbligatorio se il servizio è sospeso o concluso")))
        for low, high, text in pairs:
            if values[low] is not None and values[high] is not None and values[low] > values[high]:
                errors.append(self.message(high, text))
        if values["last_verified"] is not None and values["last_verified"] > self.today:
            errors.append(self.message("last_verified", _("la data è nel futuro")))
        if values["province"] and values["province"] != values["municipality"].province:
            errors.append(
                self.message(
                    "province",
                    _("%(name)s è in provincia di %(code)s")
                    % {"name": values["municipality"].name, "code": values["municipality"].province},
                )
            )
        # An action implies its objective.
        implied = [action.objective for action in values["actions"]]
        values["objectives"] = list({o.pk: o for o in values["objectives"] + implied}.values())

    # Converters: text → value, or ValidationError with the reason.

    def to_date(self, text):
        if not text:
            return None
        for pattern in DATE_FORMATS:
            try:
                return datetime.strptime(text, pattern).date()
            except ValueError:
                continue
        raise ValidationError(_("data non valida «%(text)s» (usare gg/mm/aaaa)") % {"text": text})

    def to_last_verified(self, text):
        """Empty stays unknown: nobody said the row was verified (an update keeps the sheet's date)."""
        return self.to_date(text)

    def to_flag(self, text):
        """Three-valued: «sì», «no», or empty / «non indicato» for not known (None: a new
        sheet says «non indicato», an updated one keeps what it said)."""
        word = normalize(text)
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        if word in UNKNOWN_WORDS:
            return None
        raise ValidationError(_("indicare «sì», «no» o «non indicato», non «%(text)s»") % {"text": text})

    def to_months(self, text):
        """Months, or years with their unit («3 anni»), as the admin's age fields read them."""
        return parse_age(text)

    def to_opening_hours(self, text):
        return parse_opening_hours(text)

    def to_email(self, text):
        if text:
            try:
                validate_email(text)
            except ValidationError as error:
                raise ValidationError(_("indirizzo email non valido «%(text)s»") % {"text": text}) from error
        return text

    def to_phone(self, text):
        if text and not PHONE_PATTERN.match(text):
            raise ValidationError(_("numero di telefono non valido «%(text)s»") % {"text": text})
        return text

    def to_url(self, text):
        if text:
            try:
                URLValidator(schemes=["http", "https"])(text)
            except ValidationError as error:
                raise ValidationError(_("indirizzo web non valido «%(text)s»") % {"text": text}) from error
        return text

    def to_municipality(self, text):
        municipality = find_municipality(text) if text else None
        if text and municipality is None:
            raise ValidationError(_("«%(text)s» non è un comune della Lombardia (elenco ISTAT)") % {"text": text})
        return municipality

    def to_postal_code(self, text):
        if text and not POSTAL_CODE_PATTERN.match(text):
            raise ValidationError(_("CAP non valido «%(text)s» (cinque cifre)") % {"text": text})
        return text

    def to_province(self, text):
        return text.upper()

    def choice(self, mapping, text, label):
        word = normalize(text)
        if word not in mapping:
            allowed = ", ".join(key for key in mapping if key)
            raise ValidationError(
                _("%(label)s «%(text)s» sconosciuto (ammessi: %(allowed)s)")
                % {"label": label, "text": text, "allowed": allowed}
            )
        return mapping[word]

    def to_status(self, text):
        return self.choice(STATUS_WORDS, text, _("stato"))

    def to_provider_kind(self, text):
        return self.choice(PROVIDER_KIND_WORDS, text, _("tipo"))

    def codes(self, known, text, label):
        found, unknown = [], []
        for code in filter(None, (normalize(part) for part in text.split(";"))):
            if code in known:
                found.append(known[code])
            else:
                unknown.append(code)
        if unknown:
            raise ValidationError(_("%(label)s sconosciuti: %(codes)s") % {"label": label, "codes": ", ".join(unknown)})
        return found

    def to_objectives(self, text):
        return self.codes(self.taxonomy.objectives, text, _("obiettivi"))

    def to_actions(self, text):
        return self.codes(self.taxonomy.actions, text, _("codici azione"))

    def to_audiences(self, text):
        return self.codes(self.taxonomy.audiences, text, _("destinatari"))


CONVERTED = {
    "registration_start": RowValidator.to_date,
    "registration_end": RowValidator.to_date,
    "valid_from": RowValidator.to_date,
    "valid_to": RowValidator.to_date,
    "last_verified": RowValidator.to_last_verified,
    "is_free": RowValidator.to_flag,
    "accepts_vouchers": RowValidator.to_flag,
    "age_min_months": RowValidator.to_months,
    "age_max_months": RowValidator.to_months,
    "opening_hours": RowValidator.to_opening_hours,
    "contact_email": RowValidator.to_email,
    "contact_phone": RowValidator.to_phone,
    "contact_website": RowValidator.to_url,
    "municipality": RowValidator.to_municipality,
    "province": RowValidator.to_province,
    "postal_code": RowValidator.to_postal_code,
    "status": RowValidator.to_status,
    "provider_kind": RowValidator.to_provider_kind,
    "objectives": RowValidator.to_objectives,
    "actions": RowValidator.to_actions,
    "audiences": RowValidator.to_audiences,
}
