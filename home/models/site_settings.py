from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    organisation_name = models.CharField(_("ente"), max_length=120, default="Regione Lombardia")
    organisation_url = models.URLField(_("sito dell'ente"), blank=True)
    tagline = models.CharField(_("sottotitolo"), max_length=200, blank=True)
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("dichiarazione di accessibilità"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("informativa privacy"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    licence_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("licenza dei contenuti"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # The footer links every page: loaded with the settings, not one query each.
    select_related = ["accessibility_page", "privacy_page", "licence_page"]

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("organisation_url"),
        FieldPanel("tagline"),
        FieldPanel("accessibility_page"),
        FieldPanel("privacy_page"),
        FieldPanel("licence_page"),
    ]

    class Meta:
        verbose_name = _("impostazioni del sito")
