"""Synonym groups editors manage in the admin (Ricerca > Sinonimi)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from search.analysis import tokens


def split_terms(text):
    """One term per line (commas also separate terms); blanks and repeats dropped."""
    terms = []
    for line in text.replace(",", "\n").splitlines():
        term = " ".join(line.split())
        if term and term.lower() not in (existing.lower() for existing in terms):
            terms.append(term)
    return terms


class SynonymGroup(models.Model):
    name = models.CharField(
        _("nome"), max_length=80, unique=True, help_text=_("Un nome per ritrovare il gruppo, ad esempio «Asilo nido».")
    )
    terms = models.TextField(
        _("termini equivalenti"),
        help_text=_(
            "Un termine per riga: chi cerca uno di questi termini trova anche le pagine che usano gli altri. "
            "Esempio: asilo nido, nido, micronido, sezione primavera."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("terms")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("gruppo di sinonimi")
        verbose_name_plural = _("sinonimi")

    def __str__(self):
        return self.name

    @property
    def term_list(self):
        return split_terms(self.terms)

    def clean(self):
        terms = self.term_list
        meaningless = [term for term in terms if not tokens(term)]
        if meaningless:
            raise ValidationError(
                {
                    "terms": _("Questi termini sono composti solo da parole vuote (articoli, preposizioni): %(terms)s")
                    % {"terms": ", ".join(meaningless)}
                }
            )
        if len(terms) < 2:
            raise ValidationError({"terms": _("Servono almeno due termini diversi.")})
