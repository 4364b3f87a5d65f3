from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


def footer_page(verbose_name):
    """An optional link to a page of the site, shown in every page's footer."""
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    organisation_name = models.CharField(_("ente"), max_length=120, default="Regione Lombardia")
    organisation_url = models.URLField(_("sito dell'ente"), blank=True)
    tagline = models.CharField(_("sottotitolo"), max_length=200, blank=True)
    accessibility_page = footer_page(_("dichiarazione di accessibilità"))
    privacy_page = footer_page(_("informativa privacy"))
    licence_page = footer_page(_("licenza dei contenuti"))

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
