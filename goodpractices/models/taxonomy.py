"""Vocabularies of the good-practice library: kinds of intervention, who benefits,
and the programming periods. Translatable snippets, like the shared taxonomy in home."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

# Kinds of intervention that answer a company's question «what did other companies do?»
# (the seed: «iniziative di welfare aziendale o l'introduzione di modalità di lavoro family friendly»).
COMPANY_WELFARE = "welfare-aziendale"
FAMILY_FRIENDLY = "organizzazione-family-friendly"
COMPANY_KIND_SLUGS = (COMPANY_WELFARE, FAMILY_FRIENDLY)
# Kinds that show how the networks support companies (the guide's forms of support).
CALL = "bando"
INTER_COMPANY = "rete-interaziendale"
TERRITORIAL = "servizio-territoriale"
COMPANY_SUPPORT = "accompagnamento-imprese"


class VocabularyTerm(TranslatableMixin, models.Model):
    """A named term with a stable slug used in the library's filter URLs."""

    slug = models.SlugField(_("codice"), max_length=80, help_text=_("Usato negli indirizzi dei filtri."))
    name = models.CharField(_("nome"), max_length=120)
    sort_order = models.PositiveSmallIntegerField(_("ordine"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class InterventionKind(VocabularyTerm):
    """E.g. company welfare, inter-company network, call for projects."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("tipo di intervento")
        verbose_name_plural = _("tipi di intervento")


class Beneficiary(VocabularyTerm):
    """Who benefits: companies, workers, families, children, non-self-sufficient persons."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("beneficiario")
        verbose_name_plural = _("beneficiari")


class PracticePeriod(VocabularyTerm):
    """A programming period, e.g. «Intesa conciliazione 2010-2012»."""

    start_year = models.PositiveSmallIntegerField(_("anno di inizio"))
    end_year = models.PositiveSmallIntegerField(_("anno di fine"))

    panels = VocabularyTerm.panels + [FieldPanel("start_year"), FieldPanel("end_year")]

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("periodo")
        verbose_name_plural = _("periodi")
        ordering = ["-start_year", "name"]
