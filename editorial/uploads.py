"""Editorial uploads that are never public: the files of bulk imports.

They live in their own storage, under settings.PRIVATE_UPLOADS_ROOT (outside MEDIA_ROOT, so
nothing under /media/ can reach them), with random names, and they are kept only as long as
an import needs them: the run deletes its file, and `purge_old_import_files()` (run by the
periodic job, or `manage.py purge_import_files`) deletes what is left after a day — files of
previews nobody decided on (the preview is then cancelled) and any orphan file. The file of
an import still queued or running is kept."""

import os
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

IMPORTS_DIR = "imports"
MAX_AGE = timedelta(days=1)


class PrivateUploadsStorage(FileSystemStorage):
    """Files under settings.PRIVATE_UPLOADS_ROOT (read at each use), with no URL."""

    @property
    def base_location(self):
        return settings.PRIVATE_UPLOADS_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None


def private_storage():
    return PrivateUploadsStorage()


def import_file_name(instance, filename):
    """A random name: the network, the user and the original name stay in the database."""
    return f"{IMPORTS_DIR}/{uuid.uuid4().hex}{Path(filename).suffix.lower()}"


def purge_old_import_files(max_age=MAX_AGE, now=None):
    """Deletes import files older than `max_age`; returns how many files were deleted."""
    from editorial.models import ServiceImport

    cutoff = (now or timezone.now()) - max_age
    deleted = 0
    stale = ServiceImport.objects.filter(created_at__lt=cutoff, status=ServiceImport.Status.PREVIEW).exclude(file="")
    for service_import in stale:
        service_import.file.delete(save=False)
        service_import.status = ServiceImport.Status.CANCELLED
        service_import.message = _("Anteprima scaduta: il file è stato eliminato dopo un giorno senza decisione.")
        service_import.save(update_fields=["file", "status", "message"])
        deleted += 1
    running = ServiceImport.objects.filter(status=ServiceImport.Status.RUNNING).exclude(file="")
    kept = set(running.values_list("file", flat=True))
    directory = Path(private_storage().path(IMPORTS_DIR))
    for path in directory.glob("*") if directory.is_dir() else []:
        name = f"{IMPORTS_DIR}/{path.name}"
        modified = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
        if path.is_file() and name not in kept and modified < cutoff:
            path.unlink()
            deleted += 1
    return deleted
