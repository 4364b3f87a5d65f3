"""Formula injection ("CSV injection"): a cell that begins with «=», «+», «-», «@», a tab or
a carriage return is read as a formula by Excel and LibreOffice, so a service title such as
`=HYPERLINK("http://…?leak="&A1;"…")` or a DDE string would run on the computer of whoever
opens the export. Every CSV and XLSX the site writes goes through this module:

- CSV (`csv_row`): such a cell gets a leading apostrophe (OWASP's advice), which
  spreadsheets show as text and hide;
- XLSX (`xlsx_row`): every text is written as a string cell (never a formula) and such a
  cell also gets Excel's «quote prefix» style, the value itself unchanged.

Numbers and phone numbers («-5», «+39 02 1234 5678»: only digits, spaces and . , / ( ) + -)
are left alone: nothing in them can call a function or read another cell, and an apostrophe
would spoil them for every other reader of the file. The importer refuses the other
formula-like cells (editorial/importer/validation.py)."""

import re

from openpyxl.cell import WriteOnlyCell

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?[0-9][0-9 .,/()+-]*")


def is_formula_like(value):
    return isinstance(value, str) and value.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(value)


def csv_cell(value):
    return "'" + value if is_formula_like(value) else value


def csv_row(values):
    return [csv_cell(value) for value in values]


def xlsx_cell(sheet, value):
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl makes any text starting with «=» a formula
        cell.quotePrefix = is_formula_like(value)
    return cell


def xlsx_row(sheet, values):
    """Cells for `sheet.append` of a write-only workbook."""
    return [xlsx_cell(sheet, value) for value in values]
