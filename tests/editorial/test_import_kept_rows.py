"""The write takes the rows the preview validated, unless what the validation depends on
changed in between: then it validates the file again and writes only what is still valid."""

import pytest
from django.core.files.base import ContentFile

from editorial.importer import runner
from editorial.models import ServiceImport
from home.models import Action
from services_catalog.models import ServicePage
from tests.editorial.files import csv_bytes, service_row
from tests.editorial.test_import_run import confirm
from tests.recorded_calls import recorded_calls


@pytest.fixture
def reads(monkeypatch):
    """The files the write task reads and validates again (the real reader, recorded)."""
    return recorded_calls(monkeypatch, runner, "read_table", lambda content, file_name: file_name)


def written(networks):
    return set(
        ServicePage.objects.filter(network=networks["lecco"], external_id__startswith="LC-").values_list(
            "external_id", flat=True
        )
    )


def lecco_preview(networks, editors, rows):
    return runner.preview(networks["lecco"], editors["lecco"], "servizi.csv", csv_bytes(rows))


def test_the_write_takes_the_previews_rows_without_reading_the_file_again(networks, editors, reads):
    service_import = lecco_preview(networks, editors, [service_row(1), service_row(2)])
    reads.clear()
    done = confirm(service_import)
    assert done.status == ServiceImport.Status.DONE, done.message
    assert reads == []
    assert written(networks) == {"LC-00001", "LC-00002"}


def test_a_taxonomy_change_after_the_preview_is_validated_again(networks, editors, reads):
    rows = [service_row(1, actions="dopo-scuola"), service_row(2, actions="")]
    service_import = lecco_preview(networks, editors, rows)
    assert service_import.valid_rows == 2
    Action.objects.filter(slug="dopo-scuola").update(slug="doposcuola-rinominato")
    reads.clear()
    done = confirm(service_import)
    assert reads == ["servizi.csv"]
    assert done.status == ServiceImport.Status.DONE, done.message
    assert written(networks) == {"LC-00002"}


def test_the_kept_rows_are_taken_once(networks, editors, reads):
    service_import = lecco_preview(networks, editors, [service_row(1)])
    confirm(service_import)
    # The same upload confirmed again (its file was deleted after the first write).
    service_import.file.save("servizi.csv", ContentFile(csv_bytes([service_row(1)])), save=True)
    reads.clear()
    confirm(service_import)
    assert reads == ["servizi.csv"]
