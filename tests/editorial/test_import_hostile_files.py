"""Hostile and broken XLSX files: refused with a message, in bounded time and memory, never
a server error. The files are built here, small on disk: a 900,000-row sheet, a huge string,
a zip bomb, broken XML."""

import io
import zipfile
from xml.sax.saxutils import escape

import pytest

from editorial.importer import reader
from editorial.importer.reader import MalformedFile, read_table
from editorial.models import ServiceImport
from tests.editorial.files import HEADERS, service_row, upload, xlsx_bytes

SHEET = "xl/worksheets/sheet1.xml"
SHEET_START = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_END = b"</sheetData></worksheet>"


def inline_row(number, texts):
    cells = "".join(f'<c t="inlineStr"><is><t>{escape(text)}</t></is></c>' for text in texts)
    return f'<row r="{number}">{cells}</row>'.encode()


def with_sheet(sheet_parts):
    """A real workbook (openpyxl's own) whose first sheet is replaced by `sheet_parts`."""
    source = zipfile.ZipFile(io.BytesIO(xlsx_bytes([service_row(1)])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename == SHEET:
                with target.open(SHEET, "w") as sheet:
                    for part in sheet_parts:
                        sheet.write(part)
            else:
                target.writestr(item, source.read(item))
    return buffer.getvalue()


def many_rows(count):
    yield SHEET_START
    yield inline_row(1, HEADERS)
    chunk = []
    for number in range(2, count + 1):
        chunk.append(f'<row r="{number}"><c><v>1</v></c></row>'.encode())
        if len(chunk) == 10_000:
            yield b"".join(chunk)
            chunk = []
    yield b"".join(chunk)
    yield SHEET_END


@pytest.fixture
def opening_forbidden(monkeypatch):
    """Fails the test if the workbook is opened at all."""

    def refuse(*args, **kwargs):
        raise AssertionError("the workbook was opened")

    monkeypatch.setattr(reader, "load_workbook", refuse)


def test_a_900k_row_sheet_is_read_only_up_to_the_row_limit(settings, monkeypatch):
    settings.EDITORIAL_IMPORT_MAX_ROWS = 100
    content = with_sheet(many_rows(900_000))
    assert len(content) < 5 * 1024 * 1024
    cells_read = []
    real_cell_text = reader.cell_text
    monkeypatch.setattr(reader, "cell_text", lambda value: cells_read.append(1) or real_cell_text(value))
    with pytest.raises(MalformedFile, match="massimo di 100 righe"):
        read_table(content, "servizi.xlsx")
    # The header, 100 rows and the one that tells there are too many: nothing further is read.
    assert len(cells_read) <= len(HEADERS) + 101 * reader.MAX_COLUMNS


def test_a_huge_string_cell_is_refused(settings):
    row = service_row(1, short_description="a" * 200_000)
    content = with_sheet([SHEET_START, inline_row(1, HEADERS), inline_row(2, list(row.values())), SHEET_END])
    with pytest.raises(MalformedFile, match="supera 10000 caratteri"):
        read_table(content, "servizi.xlsx")


def test_a_huge_string_past_the_uncompressed_limit_is_refused_unopened(settings, opening_forbidden):
    settings.EDITORIAL_IMPORT_MAX_UNCOMPRESSED_BYTES = 1024 * 1024
    huge = inline_row(2, ["a" * (2 * 1024 * 1024)])
    content = with_sheet([SHEET_START, inline_row(1, HEADERS), huge, SHEET_END])
    with pytest.raises(MalformedFile, match="decompresso supera"):
        read_table(content, "servizi.xlsx")


def test_a_zip_bomb_is_refused_unopened(opening_forbidden):
    # 100 MB of zeros, about 100 KB compressed, under the default limits.
    content = with_sheet(b"\0" * (1024 * 1024) for _ in range(100))
    assert len(content) < 1024 * 1024
    with pytest.raises(MalformedFile, match="decompresso supera"):
        read_table(content, "servizi.xlsx")


def test_a_zip_of_many_members_is_refused_unopened(opening_forbidden):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for number in range(1000):
            archive.writestr(f"part{number}.xml", b"")
    with pytest.raises(MalformedFile, match="Excel"):
        read_table(buffer.getvalue(), "servizi.xlsx")


def test_the_time_limit_stops_reading(settings):
    settings.EDITORIAL_IMPORT_MAX_SECONDS = -1
    with pytest.raises(MalformedFile, match="troppo tempo"):
        read_table(xlsx_bytes([service_row(1)]), "servizi.xlsx")


def broken_xml():
    whole = zipfile.ZipFile(io.BytesIO(xlsx_bytes([service_row(1), service_row(2)]))).read(SHEET)
    return with_sheet([whole[: len(whole) // 2], b"<<<"])


def damaged_zip():
    content = bytearray(xlsx_bytes([service_row(1)]))
    middle = len(content) // 2  # inside a compressed member's data
    content[middle : middle + 200] = b"\xff" * 200
    return bytes(content)


@pytest.mark.parametrize("make", [broken_xml, damaged_zip], ids=["broken XML", "damaged zip"])
def test_a_broken_workbook_gets_a_message_and_a_4xx(lecco_client, networks, make):
    response = upload(lecco_client, networks["lecco"], make(), "servizi.xlsx")
    assert response.status_code == 400
    assert "danneggiato" in response.content.decode()
    assert not ServiceImport.objects.exists()
