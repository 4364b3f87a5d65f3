"""The import's opening hours («Orari», «Nota sugli orari») and ages in months or years:
read and checked row by row with Italian messages, written as the admin writes them (one
opening-hours row per weekday and interval, under the row's location)."""

import datetime
from datetime import date

import pytest

from editorial.importer.runner import preview
from editorial.importer.template import template_csv
from editorial.importer.validation import RowValidator
from services_catalog.models import ServicePage
from tests.editorial.files import csv_bytes, service_row, xlsx_bytes
from tests.editorial.test_import_run import confirm

HOURS = "lun-ven 9:00-12:30, 14:00-17:00; sab 9-12"
MORNING = (datetime.time(9), datetime.time(12, 30))
AFTERNOON = (datetime.time(14), datetime.time(17))


@pytest.fixture
def validator(db):
    return RowValidator(today=date(2026, 1, 15))


def test_hours_are_read_one_row_per_weekday_and_interval(validator):
    result = validator.validate(2, service_row(opening_hours=HOURS, hours_note="Chiuso ad agosto"))
    assert result.is_valid, result.errors
    weekdays = [(day, *times) for day in range(5) for times in (MORNING, AFTERNOON)]
    assert result.values["opening_hours"] == [*weekdays, (5, datetime.time(9), datetime.time(12))]
    assert result.values["hours_note"] == "Chiuso ad agosto"


@pytest.mark.parametrize(
    ("hours", "expected"),
    [
        ("da lunedì a venerdì 8.30-12", [(day, datetime.time(8, 30), datetime.time(12)) for day in range(5)]),
        (
            "Mercoledì 14-18\ngiovedì 9-12",
            [(2, datetime.time(14), datetime.time(18)), (3, *(datetime.time(9), datetime.time(12)))],
        ),
        ("", []),
    ],
)
def test_hours_written_in_other_common_ways(validator, hours, expected):
    result = validator.validate(2, service_row(opening_hours=hours))
    assert result.is_valid, result.errors
    assert result.values["opening_hours"] == expected


@pytest.mark.parametrize(
    ("hours", "expected"),
    [
        ("lun 9-12; xyz 9-12", "Orari: «xyz 9-12»: giorno sconosciuto «xyz»"),
        ("lun 9", "Orari: «lun 9»: indicare apertura e chiusura di ogni orario"),
        ("lun 18-9", "Orari: «lun 18-9»: la chiusura delle 09:00 non segue l'apertura"),
        ("lun 9-25", "Orari: «lun 9-25»: orario inesistente «9-25»"),
        ("ven-lun 9-12", "Orari: «ven-lun 9-12»: i giorni vanno dal primo all'ultimo della settimana"),
        ("9-12", "Orari: «9-12»: indicare il giorno o i giorni e poi gli orari"),
    ],
)
def test_unreadable_hours_are_refused_with_the_entry_and_the_reason(validator, hours, expected):
    errors = validator.validate(2, service_row(opening_hours=hours)).errors
    assert len(errors) == 1 and errors[0].startswith(expected), errors
    assert "scrivere ad esempio «lun-ven 9:00-12:30, 14:00-17:00; sab 9-12»" in errors[0]


@pytest.mark.parametrize(("typed", "months"), [("3 anni", 36), ("18 mesi", 18), ("18", 18), ("1 anno e 6 mesi", 18)])
def test_ages_in_years_or_months(validator, typed, months):
    result = validator.validate(2, service_row(age_min_months=typed, age_max_months="14 anni"))
    assert result.is_valid, result.errors
    assert (result.values["age_min_months"], result.values["age_max_months"]) == (months, 168)


def test_an_unreadable_age_is_refused(validator):
    errors = validator.validate(2, service_row(age_min_months="tre anni")).errors
    assert errors == ["Età minima (mesi): età non valida «tre anni»: scrivere ad esempio «18 mesi» o «3 anni»"]


def test_the_template_has_the_hours_columns_and_an_example(db):
    header, example = template_csv().decode("utf-8-sig").splitlines()[:2]
    assert "Orari;Nota sugli orari" in header
    assert HOURS in example


def test_imported_hours_are_the_admins_rows_and_a_reimport_replaces_them(networks, editors, regional_editor):
    lecco = networks["lecco"]
    row = service_row(1, opening_hours=HOURS, hours_note="Chiuso ad agosto", age_min_months="3 anni")
    confirm(preview(lecco, editors["lecco"], "a.xlsx", xlsx_bytes([row])))
    service = ServicePage.objects.get(network=lecco, external_id="LC-00001")
    location = service.locations.get()
    assert location.hours_note == "Chiuso ad agosto"
    assert len(location.hours.all()) == 11
    assert (location.hours.first().weekday, location.hours.first().opens) == (0, datetime.time(9))
    assert service.age_min_months == 36

    confirm(preview(lecco, editors["lecco"], "b.csv", csv_bytes([service_row(1, opening_hours="sab 10-12")])))
    draft = ServicePage.objects.get(pk=service.pk).get_latest_revision_as_object()
    hours = [(slot.weekday, slot.opens, slot.closes) for slot in draft.locations.all()[0].hours.all()]
    assert hours == [(5, datetime.time(10), datetime.time(12))]
