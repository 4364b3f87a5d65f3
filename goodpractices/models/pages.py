"""The good-practice library (/buone-pratiche/) and one practice (GoodPracticePage),
which lives in its network's subtree so that the network's editors own it."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from goodpractices.models.taxonomy import Beneficiary, InterventionKind, PracticePeriod
from home.forms import EditorialPageForm
from home.listing import status_of
from home.models import NetworkOwnedPage
from home.models.pages import BasePage
from services_catalog.ages import format_age
from services_catalog.jsonld import json_ld_script
from services_catalog.models import ServicePage

DESCRIPTION_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4", "document-link"]


class CompanySize(models.TextChoices):
    MICRO = "micro", _("microimprese (meno di 10 addetti)")
    SMALL = "piccole", _("piccole imprese (10-49 addetti)")
    MEDIUM = "medie", _("medie imprese (50-249 addetti)")
    SMALL_MEDIUM = "pmi", _("piccole e medie imprese (PMI)")
    LARGE = "grandi", _("grandi imprese (250 addetti e oltre)")
    ANY = "tutte", _("imprese di ogni dimensione")


class GoodPracticeIndexPage(RoutablePageMixin, BasePage):
    """The good-practice library (/buone-pratiche/): every live practice of every network."""

    search_label = _("Buone pratiche")  # what search results call it

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("biblioteca delle buone pratiche")

    def practices(self):
        return GoodPracticePage.objects.live().public().filter(locale=self.locale)

    def get_context(self, request, *args, **kwargs):
        # Imported here: goodpractices.library imports these models.
        from goodpractices.library import Library

        context = super().get_context(request, *args, **kwargs)
        context["library"] = Library(self, request.GET)
        return context

    @path("")
    def library(self, request):
        response = self.render(request)
        response.status_code = status_of(response.context_data["library"].errors)
        return response

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        if urls:
            companies = self.get_full_url(request) + self.reverse_subpage("company_welfare")
            urls.append({"location": companies, "lastmod": urls[0].get("lastmod")})
        return urls

    @path("welfare-aziendale/", name="company_welfare")
    def company_welfare(self, request):
        from goodpractices.company_welfare import company_welfare_groups

        return self.render(
            request,
            template="goodpractices/company_welfare.html",
            context_overrides={"welfare": company_welfare_groups(self)},
        )


class GoodPracticePage(NetworkOwnedPage, Page):
    """One good practice of a network, with its results as structured indicators."""

    search_label = _("Buona pratica")  # what search results call it

    period = models.ForeignKey(
        PracticePeriod,
        verbose_name=_("periodo"),
        null=True,
        on_delete=models.PROTECT,
        related_name="good_practices",
        help_text=_("Il periodo di programmazione, ad esempio «Intesa conciliazione 2010-2012»."),
    )
    summary = models.TextField(
        _("sintesi"),
        max_length=600,
        help_text=_("Due o tre frasi: che cosa è stato fatto e per chi. Compare negli elenchi e nei risultati."),
    )
    description = RichTextField(_("descrizione completa"), blank=True, features=DESCRIPTION_FEATURES)
    objectives = ParentalManyToManyField(
        "home.Objective", verbose_name=_("obiettivi"), blank=True, related_name="good_practices"
    )
    actions = ParentalManyToManyField(
        "home.Action", verbose_name=_("azioni"), blank=True, related_name="good_practices"
    )
    kinds = ParentalManyToManyField(
        InterventionKind, verbose_name=_("tipo di intervento"), related_name="good_practices"
    )
    beneficiaries = ParentalManyToManyField(
        Beneficiary, verbose_name=_("a chi è rivolta"), blank=True, related_name="good_practices"
    )
    partners = models.TextField(_("partner"), blank=True, help_text=_("Enti, imprese e associazioni coinvolti."))
    funding = models.TextField(_("finanziamento"), blank=True, help_text=_("Fonte e importo delle risorse, se noti."))
    started_on = models.DateField(_("inizio delle attività"), null=True, blank=True)
    ended_on = models.DateField(_("fine delle attività"), null=True, blank=True)
    age_min_months = models.PositiveSmallIntegerField(
        _("età minima dei bambini (mesi)"), null=True, blank=True, help_text=_("Ad esempio 18 per «da 18 mesi».")
    )
    age_max_months = models.PositiveSmallIntegerField(
        _("età massima dei bambini (mesi)"), null=True, blank=True, help_text=_("Ad esempio 36 per «fino a 3 anni».")
    )
    company_size = models.CharField(
        _("dimensione delle imprese"), max_length=20, choices=CompanySize.choices, blank=True
    )
    sector = models.CharField(_("settore"), max_length=200, blank=True)
    transferability = models.TextField(
        _("trasferibilità"),
        blank=True,
        help_text=_("Che cosa ha funzionato e a quali condizioni la pratica si può ripetere altrove."),
    )
    is_demo = models.BooleanField(_("dati dimostrativi"), default=False, editable=False)

    base_form_class = EditorialPageForm
    parent_page_types = ["home.NetworkPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("period"),
        FieldRowPanel([FieldPanel("started_on"), FieldPanel("ended_on")], heading=_("Date delle attività")),
        InlinePanel("indicators", heading=_("Risultati"), label=_("Indicatore")),
        InlinePanel("images", heading=_("Immagini"), label=_("Immagine")),
        InlinePanel("documents", heading=_("Documenti"), label=_("Documento")),
    ]
    classification_panels = [
        FieldPanel("kinds", widget=forms.CheckboxSelectMultiple),
        FieldPanel("objectives", widget=forms.CheckboxSelectMultiple),
        FieldPanel("actions", widget=forms.CheckboxSelectMultiple),
        FieldPanel("beneficiaries", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("age_min_months"), FieldPanel("age_max_months")], heading=_("Età dei bambini")),
        MultiFieldPanel(
            [FieldPanel("company_size"), FieldPanel("sector")],
            heading=_("Imprese"),
            help_text=_("Solo se la pratica riguarda imprese."),
        ),
        FieldPanel("partners"),
        FieldPanel("funding"),
        FieldPanel("transferability"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Contenuto")),
            ObjectList(classification_panels, heading=_("Classificazione e contesto")),
            ObjectList(Page.promote_panels, heading=_("Promozione")),
            ObjectList(Page.settings_panels, heading=_("Impostazioni")),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("partners"),
        index.SearchField("sector"),
        index.SearchField("transferability"),
        index.RelatedFields("network", [index.SearchField("short_name")]),
        index.RelatedFields("kinds", [index.SearchField("name")]),
        index.RelatedFields("indicators", [index.SearchField("label")]),
        index.AutocompleteField("title"),
        index.FilterField("network"),
        index.FilterField("is_demo"),
        # The library's filters as the search engine's facets (goodpractices.engine_facets).
        index.FilterField("network_slug"),
        index.FilterField("objective_slugs"),
        index.FilterField("kind_slugs"),
        index.FilterField("beneficiary_slugs"),
        index.FilterField("period_slug"),
    ]

    # As the library's parameters spell them, indexed for the search engine's facet counts.

    def objective_slugs(self):
        return sorted(objective.slug for objective in self.objectives.all())

    def kind_slugs(self):
        return sorted(kind.slug for kind in self.kinds.all())

    def beneficiary_slugs(self):
        return sorted(beneficiary.slug for beneficiary in self.beneficiaries.all())

    def period_slug(self):
        return self.period.slug if self.period_id else None

    class Meta:
        verbose_name = _("buona pratica")
        verbose_name_plural = _("buone pratiche")

    def clean(self):
        super().clean()
        errors = {}
        if self.started_on and self.ended_on and self.started_on > self.ended_on:
            errors["ended_on"] = _("La fine delle attività non può precedere l'inizio.")
        if (
            self.age_min_months is not None
            and self.age_max_months is not None
            and self.age_min_months > self.age_max_months
        ):
            errors["age_max_months"] = _("L'età massima non può essere inferiore all'età minima.")
        if errors:
            raise ValidationError(errors)

    @property
    def nav_title(self):
        return self.title

    def missing_information(self):
        """Labels of what editors still have to complete (the source was silent about it)."""
        missing = []
        if not self.indicators.all():
            missing.append(_("risultati (indicatori)"))
        if not self.objectives.all():
            missing.append(_("obiettivi"))
        if not self.beneficiaries.all():
            missing.append(_("a chi è rivolta"))
        return missing

    @property
    def age_range(self):
        """«da 18 mesi a 3 anni», «da 6 a 11 anni»; empty when no age is known."""
        low, high = self.age_min_months, self.age_max_months
        if low is None and high is None:
            return ""
        if low is not None and high is not None and low % 12 == 0 and high % 12 == 0:
            return _("da %(low)s a %(high)s anni") % {"low": low // 12, "high": high // 12}
        if low is not None and high is not None:
            return _("da %(low)s a %(high)s") % {"low": format_age(low), "high": format_age(high)}
        if low is not None:
            return _("da %(low)s") % {"low": format_age(low)}
        return _("fino a %(high)s") % {"high": format_age(high)}

    def get_context(self, request, *args, **kwargs):
        from goodpractices.structured_data import project_data

        context = super().get_context(request, *args, **kwargs)
        context["related_practices"] = self.get_related_practices()
        context["related_services"] = self.get_related_services()
        context["json_ld"] = json_ld_script(project_data(self, request))
        return context

    def get_related_services(self, limit=6):
        """Live services of the same network answering one of the practice's objectives."""
        objectives = [objective.pk for objective in self.objectives.all()]
        if self.network_id is None or not objectives:
            return ServicePage.objects.none()
        matching = ServicePage.objects.filter(network_id=self.network_id, objectives__in=objectives).values("pk")
        return ServicePage.objects.live().public().current().filter(pk__in=matching).order_by("title")[:limit]

    def get_related_practices(self, limit=4):
        """Other live practices sharing objectives or kinds; most shared first, then same network."""
        # Read as objects: a preview holds them in memory, where values_list cannot name the pk.
        objectives = [objective.pk for objective in self.objectives.all()]
        kinds = [kind.pk for kind in self.kinds.all()]
        return (
            GoodPracticePage.objects.live()
            .public()
            .filter(locale=self.locale)
            .exclude(pk=self.pk)
            .filter(Q(objectives__in=objectives) | Q(kinds__in=kinds))
            .annotate(
                shared_objectives=Count("objectives", filter=Q(objectives__in=objectives), distinct=True),
                shared_kinds=Count("kinds", filter=Q(kinds__in=kinds), distinct=True),
                same_network=Count("pk", filter=Q(network_id=self.network_id), distinct=True),
            )
            .select_related("network", "period")
            .prefetch_related("kinds", "indicators")
            .order_by("-shared_objectives", "-same_network", "-shared_kinds", "title")[:limit]
        )
