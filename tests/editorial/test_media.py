"""Media as `make run` serves them (DEBUG off, local files): uploaded images and their
renditions are served with their content type and a cache lifetime; import files live
outside MEDIA_ROOT, under random names, are never reachable under /media/, and are purged
after a day."""

import os
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from editorial.models import ServiceImport
from editorial.uploads import IMPORTS_DIR, private_storage, purge_old_import_files
from tests.editorial.files import csv_bytes, service_row, upload

DAY = 24 * 3600
pytestmark = pytest.mark.django_db


@pytest.fixture
def media_dirs(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_UPLOADS_ROOT = tmp_path / "private"
    return settings


def test_an_uploaded_image_and_its_rendition_are_served(client, media_dirs):
    assert not media_dirs.DEBUG
    image = Image.objects.create(title="Sportello", file=get_test_image_file(filename="sportello.png"))
    original = client.get(image.file.url)
    assert original.status_code == 200
    assert original["Content-Type"] == "image/png"
    assert "public" in original["Cache-Control"] and "max-age=86400" in original["Cache-Control"]
    assert b"".join(original.streaming_content).startswith(b"\x89PNG")

    rendition = image.get_rendition("fill-40x40|format-webp")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"


def test_only_image_folders_are_served(client, media_dirs):
    for name in ("editorial/imports/lecco.bin", "documents/verbale.pdf", "original_images/note.txt"):
        path = Path(media_dirs.MEDIA_ROOT) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"riservato")
        assert client.get(f"/media/{name}").status_code == 404, name
    assert client.get("/media/original_images/../editorial/imports/lecco.bin").status_code == 404


def test_an_import_file_is_private_and_unreachable(lecco_client, networks, media_dirs):
    response = upload(lecco_client, networks["lecco"], csv_bytes([service_row()]))
    assert response.status_code == 302
    service_import = ServiceImport.objects.latest("created_at")
    stored = Path(service_import.file.path)
    assert stored.is_file()
    assert Path(media_dirs.PRIVATE_UPLOADS_ROOT) in stored.parents
    assert Path(media_dirs.MEDIA_ROOT) not in stored.parents
    assert "lecco" not in stored.name
    assert lecco_client.get(f"/media/{service_import.file.name}").status_code == 404
    assert not any(Path(media_dirs.MEDIA_ROOT).rglob("*.csv"))


def private_file(name, age_seconds):
    storage = private_storage()
    path = Path(storage.path(f"{IMPORTS_DIR}/{name}"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"dati")
    moment = time.time() - age_seconds
    os.utime(path, (moment, moment))
    return path


def test_purge_removes_old_import_files_only(networks, media_dirs):
    old, fresh = private_file("vecchio.csv", 2 * DAY), private_file("nuovo.csv", 3600)
    running = private_file("in-corso.csv", 2 * DAY)
    ServiceImport.objects.create(
        network=networks["lecco"], file=f"{IMPORTS_DIR}/in-corso.csv", status=ServiceImport.Status.RUNNING
    )
    preview = ServiceImport.objects.create(network=networks["lecco"], file=f"{IMPORTS_DIR}/anteprima.csv")
    preview_file = private_file("anteprima.csv", 2 * DAY)
    ServiceImport.objects.filter(pk=preview.pk).update(created_at=timezone.now() - timedelta(days=2))

    assert purge_old_import_files() == 2
    assert not old.exists() and not preview_file.exists()
    assert fresh.exists() and running.exists()
    preview.refresh_from_db()
    assert preview.status == ServiceImport.Status.CANCELLED and not preview.file
