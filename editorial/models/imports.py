"""A bulk import of services: what was uploaded, what the preview found, what was written."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from editorial.uploads import import_file_name, private_storage


class ServiceImport(models.Model):
    class Status(models.TextChoices):
        PREVIEW = "preview", _("In anteprima")
        RUNNING = "running", _("In corso")
        DONE = "done", _("Completata")
        FAILED = "failed", _("Non riuscita")
        CANCELLED = "cancelled", _("Annullata")

    network = models.ForeignKey("home.NetworkPage", on_delete=models.CASCADE, related_name="service_imports")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    file = models.FileField(_("file"), upload_to=import_file_name, storage=private_storage, blank=True)
    file_name = models.CharField(_("nome del file"), max_length=255)
    status = models.CharField(_("stato"), max_length=20, choices=Status.choices, default=Status.PREVIEW)
    total_rows = models.PositiveIntegerField(_("righe"), default=0)
    valid_rows = models.PositiveIntegerField(_("righe valide"), default=0)
    to_create = models.PositiveIntegerField(_("servizi nuovi"), default=0)
    to_update = models.PositiveIntegerField(_("servizi da aggiornare"), default=0)
    rejected = models.JSONField(_("righe scartate"), default=list, blank=True)
    created_count = models.PositiveIntegerField(_("servizi creati"), default=0)
    updated_count = models.PositiveIntegerField(_("servizi aggiornati"), default=0)
    message = models.TextField(_("messaggio"), blank=True)
    created_at = models.DateTimeField(_("caricato il"), auto_now_add=True)
    finished_at = models.DateTimeField(_("concluso il"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("importazione di servizi")
        verbose_name_plural = _("importazioni di servizi")

    def __str__(self):
        return f"{self.file_name} ({self.network})"

    @property
    def rejected_count(self):
        return len(self.rejected)
