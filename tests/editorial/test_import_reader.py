import pytest

from editorial.importer.reader import MalformedFile, read_table
from tests.editorial.files import HEADERS, csv_bytes, service_row, xlsx_bytes


def test_reads_a_csv_with_semicolons_and_a_bom():
    content = "\ufeff".encode() + csv_bytes([service_row(1), service_row(2)])
    table = read_table(content, "servizi.csv")
    assert [line for line, _values in table.rows] == [2, 3]
    assert table.rows[0][1]["title"] == "Servizio di prova 1"
    assert table.rows[0][1]["municipality"] == "Lecco"


def test_reads_a_csv_with_commas():
    table = read_table(csv_bytes([service_row(1)], delimiter=","), "servizi.csv")
    assert table.rows[0][1]["external_id"] == "LC-00001"


def test_reads_an_xlsx():
    table = read_table(xlsx_bytes([service_row(7)]), "servizi.xlsx")
    assert table.rows[0][1]["external_id"] == "LC-00007"


def test_headers_match_regardless_of_case_and_accents():
    headers = [header.upper().replace("À", "A") for header in HEADERS]
    content = csv_bytes([service_row(1)]).replace(";".join(HEADERS).encode(), ";".join(headers).encode(), 1)
    assert read_table(content, "servizi.csv").rows[0][1]["title"] == "Servizio di prova 1"


@pytest.mark.parametrize(
    ("content", "filename", "message"),
    [
        (b"", "servizi.csv", "vuoto"),
        (b"\n\n", "servizi.csv", "vuoto"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "servizi.csv", "binari"),
        (b"PK\x03\x04 not really a zip", "servizi.xlsx", "Excel"),
        (b"titolo;comune\nA;Lecco\n", "servizi.csv", "Intestazioni non valide"),
        (b"ID esterno;Titolo\n", "servizi.pdf", "Formato non supportato"),
        (b"ID esterno;Titolo;Descrizione breve;Destinatari;Comune;Ente erogatore\n", "s.csv", "solo le intestazioni"),
        ("ID esterno;Titolo;Città\n1;Nido;Lecco\n".encode("latin-1"), "servizi.csv", "UTF-8"),
    ],
)
def test_malformed_files_are_refused_with_a_reason(content, filename, message):
    with pytest.raises(MalformedFile, match=message):
        read_table(content, filename)


def test_unknown_and_missing_columns_are_named():
    content = b"ID esterno;Titolo;Colore preferito\n1;A;blu\n"
    with pytest.raises(MalformedFile) as error:
        read_table(content, "servizi.csv")
    assert "Colore preferito" in str(error.value)
    assert "Comune" in str(error.value)


def test_files_over_the_size_limit_are_refused(settings):
    settings.EDITORIAL_IMPORT_MAX_BYTES = 1024
    with pytest.raises(MalformedFile, match="dimensione massima"):
        read_table(csv_bytes([service_row(n) for n in range(20)]), "servizi.csv")


def test_too_many_rows_are_refused(settings):
    settings.EDITORIAL_IMPORT_MAX_ROWS = 3
    with pytest.raises(MalformedFile, match="massimo di 3 righe"):
        read_table(csv_bytes([service_row(n) for n in range(4)]), "servizi.csv")
