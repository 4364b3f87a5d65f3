"""Validates one row of the import file and turns it into clean values for a ServicePage.

A row is the form of an unsaved ServicePage (`ServiceRowForm`, a ModelForm over the columns
that are the model's fields): each cell is read as the file writes it (dates in several
formats, «sì»/«no», «3 anni», the choices' Italian words, taxonomy codes), then `is_valid()`
runs the model's own validation (`full_clean`: the fields' lengths and validators and
`ServicePage.clean`). The sheet's place (its location: municipality, address, opening hours)
is validated the same way, on an unsaved ServiceLocation. What the rules of the model cannot
say is about the file: its encoding, formulas, the template's example row, repeated ids, the
columns the file requires, municipality names, hours and ages as text.
Every problem of a row is reported, with the column it concerns, in Italian."""

import copy
import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from editorial.importer.columns import COLUMNS, REQUIRED_KEYS, is_example_row, normalize
from editorial.importer.hours import parse_opening_hours
from editorial.importer.municipalities import find_municipality
from hardening.spreadsheets import is_formula_like
from home.models import Action, Audience, Objective
from services_catalog.models import ServiceLocation, ServicePage

DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y")
MOJIBAKE_MARKERS = ("\ufffd", "Ã", "â€")
TRUE_WORDS = {"si", "s", "vero", "true", "1", "x", "yes"}
FALSE_WORDS = {"no", "n", "falso", "false", "0"}
UNKNOWN_WORDS = {"", "non indicato", "non noto", "non so", "?"}
# Words of the file for a choice, besides the choice's own label (normalized). Empty: not
# given (a new sheet takes the field's default, an updated one keeps its value).
CHOICE_WORDS = {
    "status": {"": None, "da verificare": "unverified", "terminato": "ended"},
    "provider_kind": {"": "", "pubblico": "public", "privato": "private", "terzo-settore": "third_sector"},
}
# Checks of the file on fields whose model takes any text: a phone number and a postal code
# as the directory publishes them.
FILE_VALIDATORS = {
    "contact_phone": RegexValidator(
        r"^\+?[0-9][0-9 ./-]{4,18}[0-9]$", gettext_lazy("numero di telefono non valido «%(value)s»")
    ),
    "postal_code": RegexValidator(r"^[0-9]{5}$", gettext_lazy("CAP non valido «%(value)s» (cinque cifre)")),
}
HEADERS = {column.key: column.header for column in COLUMNS}
TAXONOMY_LABELS = {
    "objectives": gettext_lazy("obiettivi"),
    "actions": gettext_lazy("codici azione"),
    "audiences": gettext_lazy("destinatari"),
}


def model_fields(model):
    """The columns that are fields of `model` (concrete or many-to-many), in the file's order."""
    names = {f.name for f in model._meta.get_fields() if f.concrete or f.many_to_many}
    return [column.key for column in COLUMNS if column.key in names]


PAGE_COLUMNS = model_fields(ServicePage)
LOCATION_COLUMNS = model_fields(ServiceLocation)  # address, postal code, municipality, province, hours note


def formula_message(text):
    return _(
        "inizia con «%(char)s», che i fogli di calcolo leggono come una formula: togliere il carattere iniziale"
    ) % {"char": text[0]}


# Cells → values ------------------------------------------------------------------------


class DateCell(forms.DateField):
    def to_python(self, value):
        text = (value or "").strip()
        if not text:
            return None
        for pattern in DATE_FORMATS:
            try:
                return datetime.strptime(text, pattern).date()
            except ValueError:
                continue
        raise ValidationError(_("data non valida «%(text)s» (usare gg/mm/aaaa)") % {"text": text})


class FlagCell(forms.Field):
    """Three-valued: «sì», «no», or empty / «non indicato» for not known (None: a new sheet
    says «non indicato», an updated one keeps what it said)."""

    def to_python(self, value):
        word = normalize(value or "")
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        if word in UNKNOWN_WORDS:
            return None
        raise ValidationError(_("indicare «sì», «no» o «non indicato», non «%(text)s»") % {"text": value})


class ChoiceCell(forms.Field):
    """One of a model field's choices, by its label or one of the file's words for it."""

    def __init__(self, model_field, **kwargs):
        super().__init__(**kwargs)
        self.label = model_field.verbose_name
        words = {normalize(label): value for value, label in model_field.choices}
        self.words = words | CHOICE_WORDS.get(model_field.name, {"": model_field.get_default()})

    def to_python(self, value):
        word = normalize(value or "")
        if word not in self.words:
            allowed = ", ".join(key for key in self.words if key)
            raise ValidationError(
                _("%(label)s «%(text)s» sconosciuto (ammessi: %(allowed)s)")
                % {"label": self.label, "text": value, "allowed": allowed}
            )
        return self.words[word]


class CodesCell(forms.Field):
    """Taxonomy entries by code, separated by «;»."""

    def __init__(self, known, label, **kwargs):
        super().__init__(**kwargs)
        self.known = known
        self.label = label

    def to_python(self, value):
        found, unknown = [], []
        for code in filter(None, (normalize(part) for part in (value or "").split(";"))):
            if code in self.known:
                found.append(self.known[code])
            else:
                unknown.append(code)
        if unknown:
            raise ValidationError(
                _("%(label)s sconosciuti: %(codes)s") % {"label": self.label, "codes": ", ".join(unknown)}
            )
        return found


class MunicipalityCell(forms.CharField):
    def to_python(self, value):
        text = super().to_python(value)
        municipality = find_municipality(text) if text else None
        if text and municipality is None:
            raise ValidationError(_("«%(text)s» non è un comune della Lombardia (elenco ISTAT)") % {"text": text})
        return municipality


class HoursCell(forms.CharField):
    def to_python(self, value):
        return parse_opening_hours(super().to_python(value))


class TaxonomyLookup:
    """Known objectives, actions and audiences of the default locale, by code (and number)."""

    def __init__(self):
        objectives = list(Objective.objects.filter(locale__language_code="it"))
        self.objectives = {o.slug: o for o in objectives} | {str(o.number): o for o in objectives}
        actions = Action.objects.filter(locale__language_code="it").select_related("objective")
        self.actions = {a.slug: a for a in actions}
        self.audiences = {a.slug: a for a in Audience.objects.filter(locale__language_code="it")}

    def fingerprint(self):
        """Changes whenever a code would resolve differently (an entry added, removed, recoded,
        or an action moved to another objective)."""
        entries = sorted(
            (kind, code, entry.pk, getattr(entry, "objective_id", None))
            for kind in ("objectives", "actions", "audiences")
            for code, entry in getattr(self, kind).items()
        )
        return hashlib.sha256(repr(entries).encode()).hexdigest()


def cell_field(model, taxonomy, name):
    """The form field that reads the column `name` of `model`: the admin form's own field
    where the page type declares one (ages), else by the model field's kind."""
    db_field = model._meta.get_field(name)
    declared = getattr(model, "base_form_class", None)
    declared = declared.declared_fields.get(name) if declared else None
    if declared is not None:
        cell = type(declared)()
    elif db_field.many_to_many:
        cell = CodesCell(getattr(taxonomy, name), TAXONOMY_LABELS[name])
    elif db_field.choices:
        cell = ChoiceCell(db_field)
    elif db_field.get_internal_type() == "DateField":
        cell = DateCell()
    elif db_field.get_internal_type() == "BooleanField" and db_field.null:
        cell = FlagCell()
    else:
        # Text (rich text: the writer turns its lines into paragraphs), checked by the model's
        # own validators (length, e-mail, web address) in full_clean.
        cell = forms.CharField()
    cell.validators.extend([FILE_VALIDATORS[name]] if name in FILE_VALIDATORS else [])
    cell.required = name in REQUIRED_KEYS or not (db_field.blank or db_field.has_default())
    cell.error_messages["required"] = _("obbligatorio")
    return cell


def placeholder_field(db_field, **kwargs):
    """The class's fields are placeholders: `RowForm.for_file` declares the cells (cell_field)."""
    return forms.CharField(required=False)


class SharedCells(dict):
    """The cells of a row form class, shared by all its forms instead of copied for each one
    (what a form does with its class's fields): a row form is never rendered and never changes
    a field, and copying them was most of the cost of a row's form."""

    def __deepcopy__(self, memo):
        return self


class RowForm(forms.ModelForm):
    """The form of one row for one model: its `is_valid()` is the model's full_clean on an
    unsaved instance built from the row (uniqueness aside: a re-imported id updates its sheet).
    Use the class `for_file` returns: its cells are built once for every row of a file."""

    formfield_callback = placeholder_field
    columns = ()  # the model's fields the row gives, each read by a cell (cell_field)
    blank = None  # the unsaved instance of which each row's instance is a copy

    @classmethod
    def for_file(cls, taxonomy, blank, **attributes):
        """This form with the cells of its columns declared (built once, the taxonomy's entries
        read once), the `blank` instance and `attributes` (what every row is checked against)."""
        model = cls._meta.model
        cells = {name: cell_field(model, taxonomy, name) for name in cls.columns}
        form_class = type(cls.__name__, (cls,), cells | attributes | {"blank": blank})
        form_class.base_fields = SharedCells(form_class.base_fields)
        return form_class

    def __init__(self, data):
        # A copy, because building a Wagtail page costs several times more; the instance only
        # serves the validation (the writer builds its own). No HTML ids: nothing is rendered.
        super().__init__(data, instance=copy.copy(self.blank), auto_id=False)

    def validate_unique(self):
        pass


class ServiceRowForm(RowForm):
    """A row as a ServicePage (the location columns are validated by LocationRowForm)."""

    columns = PAGE_COLUMNS
    today = None

    class Meta:
        model = ServicePage
        # The taxonomies (many-to-many) are cells of the form only: the model's full_clean
        # does not check them, and as model fields of the form they cost a query set each.
        fields = [name for name in PAGE_COLUMNS if not ServicePage._meta.get_field(name).many_to_many]

    def clean_last_verified(self):
        value = self.cleaned_data["last_verified"]
        if value is not None and value > self.today:
            raise ValidationError(_("la data è nel futuro"))
        return value

    def clean(self):
        cleaned = super().clean()
        # An action implies its objective.
        if "objectives" in cleaned and "actions" in cleaned:
            implied = [action.objective for action in cleaned["actions"]]
            cleaned["objectives"] = list({o.pk: o for o in cleaned["objectives"] + implied}.values())
        return cleaned


class LocationRowForm(RowForm):
    """The row's place as a ServiceLocation: the municipality by its ISTAT name, the province
    (if given) that of the municipality, the opening hours as the file writes them."""

    municipality = MunicipalityCell()
    province = forms.CharField(required=False)
    opening_hours = HoursCell(required=False)

    class Meta:
        model = ServiceLocation
        fields = [name for name in LOCATION_COLUMNS if name not in ("municipality", "province")]

    columns = Meta.fields

    def clean(self):
        cleaned = super().clean()
        municipality = cleaned.get("municipality")
        province = cleaned.get("province", "").upper()
        if municipality is not None and province and province != municipality.province:
            self.add_error(
                "province",
                _("%(name)s è in provincia di %(code)s") % {"name": municipality.name, "code": municipality.province},
            )
        if municipality is not None:
            self.instance.municipality = municipality.name
            self.instance.province = municipality.province
        return cleaned


# Rows --------------------------------------------------------------------------------------


@dataclass
class RowResult:
    line: int
    external_id: str
    values: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)

    @property
    def is_valid(self):
        return not self.errors


class RowValidator:
    def __init__(self, taxonomy=None, today=None):
        self.taxonomy = taxonomy or TaxonomyLookup()
        self.today = today or timezone.localdate()
        self.seen_ids = {}
        # With its locale set, the blank page spares Page.full_clean a query for it per row.
        blank_page = ServicePage(locale=Locale.get_default())
        self.service_form = ServiceRowForm.for_file(self.taxonomy, blank_page, today=self.today)
        self.location_form = LocationRowForm.for_file(self.taxonomy, ServiceLocation())

    def fingerprint(self):
        """What a row's outcome depends on besides the row: the taxonomy and the day."""
        return f"{self.today.isoformat()}:{self.taxonomy.fingerprint()}"

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
        service = self.service_form(raw)
        location = self.location_form(raw)
        forms_valid = [service.is_valid(), location.is_valid()]
        for form in (service, location):
            for key, messages in form.errors.items():
                errors.extend(self.message(key, text) for text in messages)
        errors.sort(key=lambda text: self.column_order(text))
        if all(forms_valid):
            result.values = service.cleaned_data | location.cleaned_data
        self.check_duplicate(result)
        return result

    @staticmethod
    def message(key, text):
        return f"{HEADERS[key]}: {text}" if key in HEADERS else text

    @staticmethod
    def column_order(text):
        headers = list(HEADERS.values())
        header = text.split(": ", 1)[0]
        return headers.index(header) if header in headers else len(headers)

    def check_duplicate(self, result):
        if not result.external_id:
            return
        first = self.seen_ids.setdefault(result.external_id, result.line)
        if first != result.line:
            result.errors.append(self.message("external_id", _("ripetuto (già alla riga %(line)s)") % {"line": first}))
