"""Results of a practice as structured figures: one row per indicator, so that
totals over any set of practices are a single SUM in the database."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable


class Measure(models.TextChoices):
    """What an indicator counts, so that comparable figures of different practices add up.

    The label keeps the source's own wording («dipendenti destinatari», «lavoratori
    coinvolti»); the measure says they are both workers reached."""

    PROJECTS_SUBMITTED = "progetti-presentati", _("progetti presentati")
    PROJECTS = "progetti", _("progetti finanziati o realizzati")
    COMPANIES = "imprese", _("imprese coinvolte")
    WORKERS = "lavoratori", _("lavoratrici e lavoratori raggiunti")
    CHILDREN = "figli", _("figli raggiunti")
    DEPENDANTS = "non-autosufficienti", _("persone non autosufficienti raggiunte")
    FAMILIES = "famiglie", _("famiglie raggiunte")
    PEOPLE = "persone", _("persone raggiunte")
    PARTNERSHIPS = "partenariati", _("accordi di partenariato")
    HELP_DESKS = "sportelli", _("sportelli attivati")


class Qualifier(models.TextChoices):
    EXACT = "", _("valore esatto")
    MORE_THAN = "oltre", _("oltre (il valore è un minimo)")


class ResultIndicator(Orderable):
    page = ParentalKey("goodpractices.GoodPracticePage", on_delete=models.CASCADE, related_name="indicators")
    label = models.CharField(
        _("etichetta"),
        max_length=200,
        help_text=_("Che cosa si conta, con le parole della fonte: ad esempio «lavoratori/trici raggiunti»."),
    )
    qualifier = models.CharField(
        _("precisione"),
        max_length=10,
        choices=Qualifier.choices,
        default=Qualifier.EXACT,
        blank=True,
        help_text=_("«Oltre» quando la fonte dà solo un minimo, ad esempio «oltre 100 aziende»."),
    )
    value = models.DecimalField(_("valore"), max_digits=14, decimal_places=2)
    unit = models.CharField(
        _("unità"), max_length=20, blank=True, help_text=_("Ad esempio % o €; vuoto per un conteggio.")
    )
    measure = models.CharField(
        _("grandezza per i totali"),
        max_length=30,
        choices=Measure.choices,
        blank=True,
        help_text=_(
            "Sceglierla perché il valore entri nei totali della biblioteca; lasciarla vuota per "
            "percentuali, sottoinsiemi o valori che non si sommano."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("qualifier"), FieldPanel("value"), FieldPanel("unit")]),
        FieldPanel("label"),
        FieldPanel("measure"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("indicatore di risultato")
        verbose_name_plural = _("indicatori di risultato")

    def __str__(self):
        return f"{self.label}: {self.value}"

    def clean(self):
        super().clean()
        if self.value is not None and self.value < 0:
            raise ValidationError({"value": _("Il valore non può essere negativo.")})
        if self.measure and self.unit:
            raise ValidationError(
                {"measure": _("Solo i conteggi entrano nei totali: togliere l'unità o la grandezza.")}
            )

    @property
    def is_minimum(self):
        return self.qualifier == Qualifier.MORE_THAN
