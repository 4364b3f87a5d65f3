"""The thesaurus editors manage in the admin (Sinonimi di ricerca): each entry holds terms
that find one another (equivalents, abbreviations and their expansion, spellings, English
words) and, optionally, terms they lead to one way (the official wording, a broader term).
See docs/search-thesaurus.md."""

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
            "Esempio: asilo nido, nido, micronido, sezione primavera. Vanno qui anche le sigle con la loro "
            "forma estesa (ATS, Agenzia di tutela della salute), le grafie diverse (part-time, part time, "
            "parttime) e le parole inglesi di chi cerca dal sito in inglese (summer camp). Le sigle trovano "
            "solo la parola intera: «CRE» non trova «creare»."
        ),
    )
    broader_terms = models.TextField(
        _("termini a cui rimandano (in una sola direzione)"),
        blank=True,
        help_text=_(
            "Facoltativo, un termine per riga: chi cerca uno dei termini equivalenti trova anche le pagine "
            "con questi, ma non il contrario. Per le parole di tutti i giorni che rimandano a quelle ufficiali "
            "(badante → assistenza a persone non autosufficienti) o a un termine più ampio (centro estivo → "
            "centri ricreativi)."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("terms"), FieldPanel("broader_terms")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("voce del thesaurus")
        verbose_name_plural = _("sinonimi")

    def __str__(self):
        return self.name

    @property
    def term_list(self):
        return split_terms(self.terms)

    @property
    def broader_list(self):
        return split_terms(self.broader_terms)

    def clean(self):
        terms = self.term_list
        meaningless = [term for term in terms + self.broader_list if not tokens(term)]
        if meaningless:
            raise ValidationError(
                {
                    "terms": _("Questi termini sono composti solo da parole vuote (articoli, preposizioni): %(terms)s")
                    % {"terms": ", ".join(meaningless)}
                }
            )
        if len(terms) + len(self.broader_list) < 2:
            raise ValidationError({"terms": _("Servono almeno due termini diversi.")})


class UnansweredSearch(models.Model):
    """A search that found no page, with the words of it no page contains: what editors may add
    to the thesaurus. Written with the record of searches (search.hits)."""

    query_string = models.CharField(_("ricerca"), max_length=255, unique=True)
    missing_words = models.CharField(_("parole che nessuna pagina contiene"), max_length=255, blank=True)
    searches = models.PositiveIntegerField(_("volte"), default=0)
    last_searched = models.DateField(_("ultima volta"))

    class Meta:
        ordering = ["-searches", "-last_searched"]
        verbose_name = _("ricerca senza risultati")
        verbose_name_plural = _("ricerche senza risultati")

    def __str__(self):
        return self.query_string
