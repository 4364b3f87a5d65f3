"""What visitors tell the site: a report on a service sheet («Segnala una modifica») or the
rating of a page («Valuta questa pagina»). One table for both, so that one admin report, one
rate limit and one set of permissions serve them. Nothing identifies the visitor unless
they write their name or e-mail in a report: no address, no cookie, no user agent."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class FeedbackQuerySet(models.QuerySet):
    def open(self):
        return self.filter(handled_at__isnull=True)


class Feedback(models.Model):
    class Kind(models.TextChoices):
        REPORT = "report", _("Segnalazione")
        RATING = "rating", _("Valutazione")

    kind = models.CharField(_("tipo"), max_length=10, choices=Kind.choices)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    path = models.CharField(_("indirizzo della pagina"), max_length=300)
    page_title = models.CharField(_("titolo della pagina"), max_length=255, blank=True)
    # The network whose editors receive it (its default-language page); none: the regional group.
    network = models.ForeignKey(
        "home.NetworkPage",
        verbose_name=_("rete"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="feedback",
    )
    useful = models.BooleanField(_("utile"), null=True, blank=True)
    message = models.TextField(_("messaggio"), blank=True)
    name = models.CharField(_("nome"), max_length=100, blank=True)
    email = models.EmailField(_("email"), blank=True)
    language = models.CharField(_("lingua"), max_length=10, blank=True)
    created_at = models.DateTimeField(_("ricevuto il"), auto_now_add=True)
    handled_at = models.DateTimeField(_("gestito il"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gestito da"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("segnalazione o valutazione")
        verbose_name_plural = _("segnalazioni e valutazioni")
        indexes = [models.Index(fields=["network", "handled_at"])]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.page_title or self.path}"

    @property
    def is_handled(self):
        return self.handled_at is not None
