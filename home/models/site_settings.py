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
    legal_notes_page = footer_page(_("note legali"))
    # The editorial office's contacts: shown in the footer only once an editor enters them.
    contact_email = models.EmailField(_("e-mail della redazione"), blank=True)
    contact_phone = models.CharField(_("telefono della redazione"), max_length=40, blank=True)
    contact_address = models.CharField(_("indirizzo della redazione"), max_length=250, blank=True)

    # The footer links every page: loaded with the settings, not one query each.
    select_related = ["accessibility_page", "privacy_page", "licence_page", "legal_notes_page"]

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("organisation_url"),
        FieldPanel("tagline"),
        FieldPanel("accessibility_page"),
        FieldPanel("privacy_page"),
        FieldPanel("licence_page"),
        FieldPanel("legal_notes_page"),
        FieldPanel("contact_email"),
        FieldPanel("contact_phone"),
        FieldPanel("contact_address"),
    ]

    class Meta:
        verbose_name = _("impostazioni del sito")
