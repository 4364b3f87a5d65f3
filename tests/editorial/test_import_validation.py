from datetime import date

import pytest

from editorial.importer.validation import RowValidator
from tests.editorial.files import service_row

TODAY = date(2026, 1, 15)


@pytest.fixture
def validator(db):
    return RowValidator(today=TODAY)


def errors_of(validator, **overrides):
    return validator.validate(2, service_row(**overrides)).errors


def test_a_complete_row_is_valid_and_converted(validator):
    result = validator.validate(2, service_row())
    assert result.is_valid, result.errors
    values = result.values
    assert values["municipality"].name == "Lecco" and values["municipality"].province == "LC"
    assert [a.slug for a in values["audiences"]] == ["famiglie", "lavoratori"]
    assert [o.number for o in values["objectives"]] == [5]
    assert values["age_min_months"] == 72 and values["age_max_months"] == 144
    assert values["valid_to"] == date(2026, 6, 30)
    assert values["accepts_vouchers"] is True and values["is_free"] is False
    assert values["provider_kind"] == "third_sector" and values["status"] == "active"


def test_an_action_brings_its_objective(validator):
    result = validator.validate(2, service_row(objectives="", actions="smart-working"))
    assert [o.number for o in result.values["objectives"]] == [1]


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"title": ""}, "Titolo: obbligatorio"),
        ({"external_id": ""}, "ID esterno: obbligatorio"),
        ({"audiences": "marziani"}, "destinatari sconosciuti: marziani"),
        ({"objectives": "9"}, "obiettivi sconosciuti: 9"),
        ({"actions": "yoga"}, "codici azione sconosciuti: yoga"),
        ({"municipality": "Roma"}, "non è un comune della Lombardia"),
        ({"municipality": "Lecco", "province": "MI"}, "Lecco è in provincia di LC"),
        ({"age_min_months": "200", "age_max_months": "100"}, "L'età massima non può essere inferiore"),
        ({"age_min_months": "-3"}, "età non valida"),
        ({"age_max_months": "dieci"}, "età non valida"),
        ({"valid_from": "31/02/2026"}, "data non valida"),
        ({"valid_from": "01/07/2026", "valid_to": "01/01/2026"}, "Valido al: La fine della validità non può precedere"),
        (
            {"registration_start": "10/10/2025", "registration_end": "01/10/2025"},
            "Iscrizioni al: La fine delle iscrizioni",
        ),
        ({"last_verified": "01/02/2026"}, "la data è nel futuro"),
        ({"contact_email": "non-una-mail"}, "Email: Inserisci un indirizzo email valido"),
        ({"contact_phone": "chiamare"}, "numero di telefono non valido"),
        ({"contact_website": "example.org"}, "Sito web: Inserisci un URL valido"),
        ({"is_free": "forse"}, "indicare «sì», «no» o «non indicato»"),
        ({"status": "chiuso"}, "stato «chiuso» sconosciuto"),
        ({"provider_kind": "misto"}, "tipo di ente «misto» sconosciuto"),
        ({"title": "CittÃ  di Lecco"}, "caratteri non validi"),
        ({"title": "x" * 300}, "Titolo: Assicurati che questo valore non contenga più di 255 caratteri"),
        ({"postal_code": "2390"}, "CAP non valido"),
        ({"contact_phone": "", "contact_email": "", "contact_website": ""}, "Telefono: Indicare almeno un contatto"),
        ({"status": "sospeso", "status_reason": ""}, "Motivo dello stato: Spiegare perché"),
    ],
)
def test_each_problem_is_reported_with_its_column(validator, overrides, expected):
    errors = errors_of(validator, **overrides)
    assert any(expected in error for error in errors), errors


def test_every_problem_of_a_row_is_reported(validator):
    errors = errors_of(validator, title="", contact_email="x", municipality="Parigi")
    assert len(errors) == 3


def test_a_repeated_external_id_is_rejected_the_second_time(validator):
    assert validator.validate(2, service_row(1)).is_valid
    second = validator.validate(3, service_row(1))
    assert second.errors == ["ID esterno: ripetuto (già alla riga 2)"]


def test_an_empty_last_verified_stays_unknown(validator):
    result = validator.validate(2, service_row(last_verified=""))
    assert result.is_valid
    assert result.values["last_verified"] is None


def test_the_templates_example_row_is_refused(validator):
    from editorial.importer.columns import EXAMPLE_ROW

    assert validator.validate(2, dict(EXAMPLE_ROW)).errors == [
        "ID esterno: riga di esempio del modello: cancellarla dal file"
    ]


def test_a_row_is_checked_by_the_models_own_validation(validator, monkeypatch):
    from django.core.exceptions import ValidationError

    from services_catalog.models import ServicePage

    def clean(page):
        raise ValidationError({"provider_name": "regola del modello"})

    monkeypatch.setattr(ServicePage, "clean", clean)
    assert errors_of(validator) == ["Ente erogatore: regola del modello"]


def test_every_column_is_a_field_of_the_sheet_or_its_place():
    from editorial.importer.columns import COLUMNS
    from editorial.importer.validation import LOCATION_COLUMNS, PAGE_COLUMNS

    assert {column.key for column in COLUMNS} == {*PAGE_COLUMNS, *LOCATION_COLUMNS, "opening_hours"}


@pytest.mark.parametrize(
    "overrides",
    [{}, {"age_min_months": "200", "age_max_months": "100", "audiences": "marziani", "municipality": "Roma"}],
    ids=["valid", "refused"],
)
def test_validating_a_row_makes_no_database_query(validator, django_assert_num_queries, overrides):
    with django_assert_num_queries(0):
        result = validator.validate(2, service_row(**overrides))
    assert result.is_valid == (not overrides), result.errors
