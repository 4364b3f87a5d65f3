"""Reads an uploaded CSV or XLSX file into rows of text keyed by column, or refuses it with
a message an editor can act on (MalformedFile). Nothing here touches the database."""

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from editorial.importer.columns import COLUMNS, COLUMNS_BY_HEADER, normalize

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_MAX_ROWS = 20_000
CSV_DELIMITERS = ";,\t"


class MalformedFile(Exception):
    """The file as a whole cannot be imported; the message says why."""


@dataclass
class Table:
    columns: list
    rows: list = field(default_factory=list)  # (line number, {column key: text})


def max_upload_bytes():
    return getattr(settings, "EDITORIAL_IMPORT_MAX_BYTES", DEFAULT_MAX_BYTES)


def max_rows():
    return getattr(settings, "EDITORIAL_IMPORT_MAX_ROWS", DEFAULT_MAX_ROWS)


def read_table(content, filename):
    """`content` is the file's bytes; returns a Table or raises MalformedFile."""
    if not content:
        raise MalformedFile(_("Il file è vuoto."))
    if len(content) > max_upload_bytes():
        raise MalformedFile(
            _("Il file supera la dimensione massima di %(size)s.") % {"size": filesizeformat(max_upload_bytes())}
        )
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension == "csv":
        records = csv_records(content)
    elif extension == "xlsx":
        records = xlsx_records(content)
    else:
        raise MalformedFile(_("Formato non supportato: caricare un file .csv o .xlsx."))
    return build_table(records)


def csv_records(content):
    if b"\x00" in content:
        raise MalformedFile(_("Il file non è un CSV di testo (contiene dati binari)."))
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = content[: error.start].count(b"\n") + 1
        raise MalformedFile(
            _("Il file non è codificato in UTF-8 (carattere non valido alla riga %(line)s): salvarlo come «CSV UTF-8».")
            % {"line": line}
        ) from error
    first_line = text.split("\n", 1)[0]
    delimiter = max(CSV_DELIMITERS, key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [(reader.line_num, row) for row in reader]
    except csv.Error as error:
        raise MalformedFile(_("CSV non leggibile alla riga %(line)s.") % {"line": reader.line_num}) from error


def cell_text(value):
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def xlsx_records(content):
    if not zipfile.is_zipfile(io.BytesIO(content)):
        raise MalformedFile(_("Il file non è un foglio Excel .xlsx valido."))
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise MalformedFile(_("Il file non è un foglio Excel .xlsx valido.")) from error
    try:
        sheet = workbook.worksheets[0]
        return [
            (number, [cell_text(value) for value in values])
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
    finally:
        workbook.close()


def build_table(records):
    records = [(line, [cell.strip() for cell in cells]) for line, cells in records if any(c.strip() for c in cells)]
    if not records:
        raise MalformedFile(_("Il file è vuoto."))
    header_line, headers = records[0]
    columns = []
    unknown = []
    for header in headers:
        column = COLUMNS_BY_HEADER.get(normalize(header))
        if header and column is None:
            unknown.append(header)
        columns.append(column)
    missing = [column.header for column in COLUMNS if column.required and column not in columns]
    if unknown or missing:
        parts = []
        if missing:
            parts.append(_("mancano le colonne obbligatorie: %(names)s") % {"names": ", ".join(missing)})
        if unknown:
            parts.append(_("colonne non riconosciute: %(names)s") % {"names": ", ".join(unknown)})
        raise MalformedFile(
            _("Intestazioni non valide (riga %(line)s): %(details)s. Usare il modello scaricabile.")
            % {"line": header_line, "details": "; ".join(parts)}
        )
    present = [column for column in columns if column is not None]
    if len(present) != len(set(present)):
        raise MalformedFile(_("Una colonna compare più di una volta nelle intestazioni."))
    data = records[1:]
    if not data:
        raise MalformedFile(_("Il file contiene solo le intestazioni, nessun servizio."))
    if len(data) > max_rows():
        raise MalformedFile(_("Il file supera il massimo di %(count)s righe.") % {"count": max_rows()})
    table = Table(columns=present)
    for line, cells in data:
        values = {column.key: (cells[i] if i < len(cells) else "") for i, column in enumerate(columns) if column}
        table.rows.append((line, values))
    return table
