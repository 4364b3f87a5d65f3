"""Reads an uploaded CSV or XLSX file into rows of text keyed by column, or refuses it with
a message an editor can act on (MalformedFile). Nothing here touches the database.

An XLSX is a zip of XML files, so a small upload can hold a great deal: before opening it,
the zip's member count and total uncompressed size are checked (a zip bomb is refused
unread); then the first sheet is read row by row (openpyxl's read-only mode) and reading
stops at the first row past the row limit, the first cell over the size limit, or the time
limit; a broken zip or XML is a MalformedFile, never a server error."""

import csv
import io
import time
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.xml.functions import iterparse

from editorial.importer.columns import COLUMNS, COLUMNS_BY_HEADER, normalize

# The importer's columns, plus room for a few unknown ones (reported by name); cells further
# right are not read.
MAX_COLUMNS = len(COLUMNS) + 20
ROW_TAG = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}row"
# What openpyxl raises on a damaged workbook: broken XML (ElementTree's and lxml's errors
# are SyntaxErrors), a damaged zip or compressed stream, missing parts, odd values.
DAMAGED_WORKBOOK_ERRORS = (
    InvalidFileException,
    zipfile.BadZipFile,
    zlib.error,
    SyntaxError,
    KeyError,
    ValueError,
    TypeError,
    AttributeError,
    IndexError,
    EOFError,
    OSError,
)
CSV_DELIMITERS = ";,\t"


class MalformedFile(Exception):
    """The file as a whole cannot be imported; the message says why."""


@dataclass
class Table:
    columns: list
    rows: list = field(default_factory=list)  # (line number, {column key: text})


def max_upload_bytes():
    return settings.EDITORIAL_IMPORT_MAX_BYTES


def max_rows():
    return settings.EDITORIAL_IMPORT_MAX_ROWS


def max_cell_chars():
    return settings.EDITORIAL_IMPORT_MAX_CELL_CHARS


def max_uncompressed_bytes():
    return settings.EDITORIAL_IMPORT_MAX_UNCOMPRESSED_BYTES


def max_zip_members():
    return settings.EDITORIAL_IMPORT_MAX_ZIP_MEMBERS


def max_seconds():
    return settings.EDITORIAL_IMPORT_MAX_SECONDS


def too_many_rows():
    return MalformedFile(_("Il file supera il massimo di %(count)s righe.") % {"count": max_rows()})


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


def invalid_workbook():
    return MalformedFile(_("Il file non è un foglio Excel .xlsx valido o è danneggiato."))


def check_zip(content):
    """Refuses, before anything is decompressed, a zip with too many members or whose
    members would decompress to more than the limit (the sizes a zip declares are the
    ones zipfile enforces while reading)."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError) as error:
        raise invalid_workbook() from error
    if len(members) > max_zip_members():
        raise invalid_workbook()
    if sum(member.file_size for member in members) > max_uncompressed_bytes():
        raise MalformedFile(
            _("Il foglio Excel decompresso supera %(size)s: dividerlo in più file.")
            % {"size": filesizeformat(max_uncompressed_bytes())}
        )


def check_row_counts(content):
    """Counts each sheet's rows, stopping past the limit. openpyxl reads a sheet that does not
    declare its size (<dimension>) whole when it opens the workbook: 900,000 rows would take
    the request's time before the first row reached sheet_records."""
    deadline = time.monotonic() + max_seconds()
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        for name in archive.namelist():
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            rows = 0
            with archive.open(name) as source:
                for _event, element in iterparse(source):
                    if element.tag != ROW_TAG:
                        continue
                    element.clear()
                    rows += 1
                    if rows > max_rows() + 1:
                        raise too_many_rows()
                    if time.monotonic() > deadline:
                        raise too_slow()


def too_slow():
    return MalformedFile(_("Il file richiede troppo tempo per essere letto: dividerlo in più file."))


def xlsx_records(content):
    if not zipfile.is_zipfile(io.BytesIO(content)):
        raise invalid_workbook()
    check_zip(content)
    try:
        check_row_counts(content)
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except DAMAGED_WORKBOOK_ERRORS as error:
        raise invalid_workbook() from error
    try:
        return list(sheet_records(workbook.worksheets[0]))
    except DAMAGED_WORKBOOK_ERRORS as error:
        raise invalid_workbook() from error
    finally:
        workbook.close()


def sheet_records(sheet):
    """The sheet's rows as (line, texts), streamed, within the row, cell size and time limits."""
    deadline = time.monotonic() + max_seconds()
    # The header row, then at most max_rows() rows; one more is read to know there are too
    # many. Giving max_row also spares openpyxl a pass over the whole sheet for its size.
    last = max_rows() + 1
    rows = sheet.iter_rows(max_row=last + 1, max_col=MAX_COLUMNS, values_only=True)
    for number, values in enumerate(rows, start=1):
        if number > last:
            raise too_many_rows()
        if time.monotonic() > deadline:
            raise too_slow()
        texts = [cell_text(value) for value in values]
        check_cell_sizes(number, texts)
        yield number, texts


def check_cell_sizes(line, cells):
    limit = max_cell_chars()
    if any(len(cell) > limit for cell in cells):
        raise MalformedFile(
            _("Una cella della riga %(line)s supera %(count)s caratteri.") % {"line": line, "count": limit}
        )


def build_table(records):
    for line, cells in records:
        check_cell_sizes(line, cells)
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
        raise too_many_rows()
    table = Table(columns=present)
    for line, cells in data:
        values = {column.key: (cells[i] if i < len(cells) else "") for i, column in enumerate(columns) if column}
        table.rows.append((line, values))
    return table
