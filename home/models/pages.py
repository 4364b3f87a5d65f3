"""Site-wide pages: home, the regional agreement and its policy pages, the 15
territorial networks."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import PageBodyBlock
from home.home_sections import home_page_sections
from home.i18n import language_alternates, source_language_version
from home.network_sections import network_page_sections
from home.routing import route_in_one_query

INTRO_FEATURES = ["bold", "italic", "link"]


class BasePage(Page):
    """Intro and a StreamField body: the shape every editorial page shares."""

    menu_title = models.CharField(
        _("titolo nel menu"),
        max_length=60,
        blank=True,
        help_text=_("Titolo breve per il menu principale e i percorsi; vuoto per usare il titolo."),
    )
    intro = RichTextField(_("introduzione"), blank=True, features=INTRO_FEATURES)
    body = StreamField(PageBodyBlock(), verbose_name=_("contenuto"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    promote_panels = Page.promote_panels + [FieldPanel("menu_title")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        abstract = True

    @property
    def nav_title(self):
        return self.menu_title or self.title

    def get_sitemap_urls(self, request=None):
        """Wagtail's sitemap entry, with the hreflang alternates when the page is translated."""
        urls = super().get_sitemap_urls(request)
        alternates = language_alternates(self, request)
        if len(alternates) > 2:  # at least two languages besides x-default
            for url in urls:
                url["alternates"] = alternates
        return urls


class HomePage(BasePage):
    search_label = _("Home")  # what search results call it
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("pagina iniziale")

    def get_context(self, request, *args, **kwargs):
        """The sections feature apps register (the catalogue's needs) come under the introduction."""
        context = super().get_context(request, *args, **kwargs)
        context["home_sections"] = home_page_sections(self, request)
        return context

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        return route_in_one_query(self, request, path_components)


class AgreementPage(BasePage):
    """The regional agreement (/accordo/): its articles as structured content."""

    search_label = _("Accordo regionale")  # what search results call it

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.StandardPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accordo regionale")


class StandardPage(BasePage):
    """A policy or information page: DGR X/1081, Piano di Zona, accessibility statement..."""

    search_label = _("Pagina informativa")  # what search results call it

    parent_page_types = ["home.HomePage", "home.AgreementPage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("pagina standard")


class NetworkIndexPage(BasePage):
    search_label = _("Elenco delle reti")  # what search results call it
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.NetworkPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("elenco delle reti")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["networks"] = self.networks_in_language()
        return context

    def networks_in_language(self):
        """The networks in this index's language; a network not translated into it is listed
        in the source language (network pages, like their services, are written in Italian)."""
        source = self.get_translation_or_none(Locale.get_default()) or self
        translated = {page.translation_key: page for page in NetworkPage.objects.child_of(self).live().public()}
        networks = [
            translated.pop(page.translation_key, page)
            for page in NetworkPage.objects.child_of(source).live().public().select_related("locale")
        ]
        return sorted([*networks, *translated.values()], key=lambda page: page.short_name)


class NetworkPage(BasePage):
    """One territorial network: the root of its editors' subtree."""

    search_label = _("Rete")  # what search results call it

    short_name = models.CharField(
        _("nome breve"), max_length=80, help_text=_("Il territorio come appare nei filtri, ad esempio «Lecco».")
    )
    asl_name = models.CharField(
        _("ASL di riferimento"), max_length=120, help_text=_("L'ASL capofila della rete nel 2015.")
    )
    territory = models.TextField(_("territorio"), help_text=_("Il territorio coperto dalla rete."))
    municipalities = ParentalManyToManyField(
        "home.Municipality",
        verbose_name=_("comuni del territorio"),
        blank=True,
        related_name="networks",
        help_text=_(
            "I comuni coperti dalla rete: il catalogo indica questa rete a chi vive in uno di essi. "
            "Tenere premuto Ctrl (Cmd sul Mac) per sceglierne più di uno."
        ),
    )
    alliances_count = models.PositiveIntegerField(
        _("alleanze locali"), null=True, blank=True, help_text=_("Numero di alleanze locali di conciliazione.")
    )
    members_count = models.PositiveIntegerField(
        _("enti aderenti"), null=True, blank=True, help_text=_("Numero di enti pubblici e privati aderenti.")
    )
    contact_email = models.EmailField(_("email"), blank=True)
    contact_phone = models.CharField(_("telefono"), max_length=40, blank=True)
    contact_website = models.URLField(_("sito web"), blank=True)
    contact_address = models.CharField(_("indirizzo"), max_length=250, blank=True)

    parent_page_types = ["home.NetworkIndexPage"]
    # Contacts and territory are the same in every language: translations follow the Italian page.
    override_translatable_fields = [
        SynchronizedField("contact_phone"),
        SynchronizedField("contact_address"),
        SynchronizedField("municipalities"),
    ]

    content_panels = BasePage.content_panels[:1] + [
        FieldPanel("short_name"),
        FieldPanel("asl_name"),
        FieldPanel("territory"),
        FieldPanel("municipalities", widget=forms.SelectMultiple(attrs={"size": 15})),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("alliances_count"), FieldPanel("members_count")],
            heading=_("Alleanze e aderenti"),
            help_text=_("Lasciare vuoto ciò che non è noto: la pagina lo segnala come da completare."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_website"),
                FieldPanel("contact_address"),
            ],
            heading=_("Contatti"),
            help_text=_("Lasciare vuoto ciò che non è noto: la pagina lo segnala come da completare."),
        ),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("short_name"),
        index.SearchField("territory"),
        index.FilterField("short_name"),
    ]

    class Meta:
        verbose_name = _("rete territoriale")
        verbose_name_plural = _("reti territoriali")

    @property
    def has_contacts(self):
        return bool(self.contact_email or self.contact_phone or self.contact_website or self.contact_address)

    def get_context(self, request, *args, **kwargs):
        """A translation says that services and practices are in Italian only and links
        there; the Italian page shows the sections the feature apps register."""
        context = super().get_context(request, *args, **kwargs)
        context["source_page"] = source_language_version(self)
        context["network_sections"] = [] if context["source_page"] else network_page_sections(self, request)
        return context

    def missing_information(self):
        """Labels of the fields editors still have to complete."""
        missing = []
        if not self.has_contacts:
            missing.append(_("contatti"))
        if self.alliances_count is None:
            missing.append(_("numero di alleanze locali"))
        if self.members_count is None:
            missing.append(_("numero di enti aderenti"))
        if self.pk and not self.municipalities.exists():
            missing.append(_("comuni del territorio"))
        return missing
