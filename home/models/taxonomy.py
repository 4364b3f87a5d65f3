"""The shared taxonomy of the seed: five objectives with their actions, and the
audiences. Snippets, translatable from their first migration."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index


class Objective(TranslatableMixin, index.Indexed, ClusterableModel):
    number = models.PositiveSmallIntegerField(_("numero"), help_text=_("Posizione dell'obiettivo (1-5)."))
    slug = models.SlugField(_("codice"), max_length=80, help_text=_("Usato negli indirizzi dei filtri."))
    title = models.CharField(_("titolo"), max_length=200)
    description = models.TextField(_("descrizione"), blank=True)
    actions_continue = models.BooleanField(
        _("elenco aperto («etc.»)"),
        default=False,
        help_text=_("La fonte chiude l'elenco delle azioni con «etc.»: l'elenco pubblicato lo riporta."),
    )

    panels = [
        FieldPanel("number"),
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("description"),
        InlinePanel("actions", label=_("Azioni attuabili")),
        FieldPanel("actions_continue"),
    ]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("obiettivo")
        verbose_name_plural = _("obiettivi")
        ordering = ["number"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return f"{self.number}. {self.title}"


class Action(TranslatableMixin, Orderable):
    objective = ParentalKey(Objective, on_delete=models.CASCADE, related_name="actions")
    slug = models.SlugField(_("codice"), max_length=80)
    title = models.CharField(_("azione"), max_length=250)
    description = models.TextField(
        _("descrizione"),
        blank=True,
        help_text=_(
            "Che cos'è la misura e come un'impresa può attuarla, scritto dalla redazione regionale; "
            "vuoto finché non è scritto (la fonte dà solo il nome)."
        ),
    )

    panels = [FieldPanel("title"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("azione")
        verbose_name_plural = _("azioni")
        ordering = ["objective__number", "sort_order"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.title


class Audience(TranslatableMixin, models.Model):
    slug = models.SlugField(_("codice"), max_length=80)
    name = models.CharField(_("nome"), max_length=120)
    description = models.TextField(_("descrizione"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("ordine"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("destinatario")
        verbose_name_plural = _("destinatari")
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name
