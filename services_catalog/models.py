"""The service catalogue: ServiceIndexPage (/servizi/) and ServicePage, one service
sheet living in its network's subtree, with its locations and opening hours.

Other apps (the library, the guide, the importer, open data and its Open Referral HSDS
export) read these field names: renaming one means changing them too."""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home.listing import status_of
from home.models import NetworkOwnedPage
from home.models.pages import BasePage
from services_catalog.flags import YesNoUnknownSelect
from services_catalog.forms import ServicePageForm
from services_catalog.needs import NEEDS
from services_catalog.opening_hours_panel import OpeningHoursPanel
from services_catalog.sheet_cache import sheet_parts

SECTION_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class ServiceIndexPage(BasePage):
    """The catalogue of territorial conciliation services (/servizi/)."""

    search_label = _("Catalogo dei servizi")  # what search results call it

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("catalogo dei servizi")

    def get_context(self, request, *args, **kwargs):
        # Imported here: the catalogue module builds on ServicePage, defined below.
        from services_catalog.catalogue import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(request))
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        response.status_code = status_of(response.context_data["listing_errors"])
        return response


class ProviderKind(models.TextChoices):
    PUBLIC = "public", _("Ente pubblico")
    PRIVATE = "private", _("Impresa privata")
    THIRD_SECTOR = "third_sector", _("Terzo settore")


class ServiceStatus(models.TextChoices):
    # Nobody has confirmed the service is running: the default, never shown as «Attivo».
    UNVERIFIED = "unverified", _("Non verificato")
    ACTIVE = "active", _("Attivo")
    SUSPENDED = "suspended", _("Sospeso")
    ENDED = "ended", _("Concluso")


# The statuses a sheet must explain (an unverified one says what is known, if anything).
REASON_REQUIRED = (ServiceStatus.SUSPENDED, ServiceStatus.ENDED)


class ServiceQuerySet(PageQuerySet):
    def current(self):
        """Without the services that ended or whose validity is over: applied where services
        are read, so an expired one leaves every list the day it expires, before the periodic
        `expire_services` unpublishes it. Excluded by id, as search backends filter on
        indexed fields only; the list is short (the periodic task unpublishes them)."""
        ended = list(ServicePage.objects.live().filter(ServicePage.search_exclusion()).values_list("pk", flat=True))
        return self.exclude(id__in=ended) if ended else self


class ServicePage(NetworkOwnedPage, Page):
    """One service sheet (Designers Italia public-service model, Open Referral HSDS 3.0 fields)."""

    search_label = _("Servizio")  # what search results call it
    objects = PageManager.from_queryset(ServiceQuerySet)()

    objectives = ParentalManyToManyField(
        "home.Objective",
        verbose_name=_("obiettivi"),
        blank=True,
        related_name="services",
        help_text=_("Gli obiettivi dell'accordo a cui il servizio risponde."),
    )
    actions = ParentalManyToManyField(
        "home.Action",
        verbose_name=_("azioni"),
        blank=True,
        related_name="services",
        help_text=_("Le azioni attuabili che il servizio realizza."),
    )
    audiences = ParentalManyToManyField(
        "home.Audience",
        verbose_name=_("destinatari"),
        blank=True,
        related_name="services",
        help_text=_("Chi può usare il servizio: famiglie e cittadini, lavoratori, imprese."),
    )

    short_description = models.TextField(
        _("descrizione breve"),
        max_length=400,
        help_text=_("Una o due frasi che dicono che cosa offre il servizio; appare nei risultati della ricerca."),
    )
    target_audience = RichTextField(
        _("a chi è rivolto"),
        blank=True,
        features=SECTION_FEATURES,
        help_text=_("Chi può chiedere il servizio e con quali condizioni."),
    )
    how_to = RichTextField(
        _("come fare"), blank=True, features=SECTION_FEATURES, help_text=_("I passi per chiedere il servizio.")
    )
    requirements = RichTextField(
        _("cosa serve"),
        blank=True,
        features=SECTION_FEATURES,
        help_text=_("Documenti e requisiti necessari per la domanda."),
    )
    outcome = RichTextField(
        _("cosa si ottiene"), blank=True, features=SECTION_FEATURES, help_text=_("Che cosa riceve chi usa il servizio.")
    )
    deadlines = RichTextField(
        _("tempi e scadenze"),
        blank=True,
        features=SECTION_FEATURES,
        help_text=_("Tempi di risposta, periodi di apertura, scadenze."),
    )
    registration_start = models.DateField(
        _("iscrizioni dal"), null=True, blank=True, help_text=_("Primo giorno utile per iscriversi.")
    )
    registration_end = models.DateField(
        _("iscrizioni fino al"), null=True, blank=True, help_text=_("Ultimo giorno utile per iscriversi.")
    )

    # Three-valued: yes, no, or not known (None), never a guessed «no».
    is_free = models.BooleanField(
        _("gratuito"),
        null=True,
        blank=True,
        default=None,
        help_text=_("Il servizio non costa nulla a chi lo usa; «non indicato» se la fonte non lo dice."),
    )
    cost_description = models.TextField(
        _("quanto costa"), blank=True, help_text=_("Tariffe, riduzioni, contributi; vuoto se non è noto.")
    )
    accepts_vouchers = models.BooleanField(
        _("accetta voucher"),
        null=True,
        blank=True,
        default=None,
        help_text=_("Si può pagare con i voucher di conciliazione; «non indicato» se la fonte non lo dice."),
    )

    contact_phone = models.CharField(_("telefono"), max_length=40, blank=True)
    contact_email = models.EmailField(_("email"), blank=True)
    contact_website = models.URLField(_("sito web"), blank=True)

    age_min_months = models.PositiveSmallIntegerField(
        _("età minima (mesi)"),
        null=True,
        blank=True,
        help_text=_("Età minima in mesi, ad esempio 18 per un anno e mezzo; vuoto se non ci sono limiti."),
    )
    age_max_months = models.PositiveSmallIntegerField(
        _("età massima (mesi)"),
        null=True,
        blank=True,
        help_text=_("Età massima in mesi, ad esempio 36 per tre anni; vuoto se non ci sono limiti."),
    )
    languages = models.CharField(
        _("lingue"), max_length=200, blank=True, help_text=_("Le lingue in cui è offerto, separate da virgole.")
    )
    accessibility_notes = models.TextField(
        _("accessibilità"),
        blank=True,
        help_text=_("Accessibilità dei luoghi e del servizio per persone con disabilità."),
    )
    provider_name = models.CharField(
        _("ente erogatore"), max_length=250, blank=True, help_text=_("L'organizzazione che eroga il servizio.")
    )
    provider_kind = models.CharField(_("tipo di ente"), max_length=20, choices=ProviderKind.choices, blank=True)
    status = models.CharField(
        _("stato"),
        max_length=20,
        choices=ServiceStatus.choices,
        default=ServiceStatus.UNVERIFIED,
        help_text=_("«Attivo» solo dopo aver verificato che il servizio è in corso."),
    )
    status_reason = models.TextField(
        _("motivo dello stato"),
        blank=True,
        help_text=_(
            "Obbligatorio se il servizio è sospeso o concluso: spiega perché e fino a quando. "
            "Per un servizio non verificato: ciò che si sa, ad esempio la fonte che lo segnala."
        ),
    )
    valid_from = models.DateField(_("valido dal"), null=True, blank=True)
    valid_to = models.DateField(_("valido fino al"), null=True, blank=True)
    last_verified = models.DateField(
        _("ultima verifica"),
        null=True,
        blank=True,
        help_text=_("Il giorno in cui la redazione ha verificato che le informazioni sono corrette."),
    )
    uuid = models.UUIDField(_("identificativo"), default=uuid.uuid4, unique=True, editable=False)
    external_id = models.CharField(
        _("codice esterno"),
        max_length=100,
        blank=True,
        help_text=_("Codice del servizio nel foglio di importazione della rete; unico nella rete."),
    )
    is_demo = models.BooleanField(_("dati dimostrativi"), default=False, editable=False)

    base_form_class = ServicePageForm
    # Set by the editorial form (home.forms) while a draft is validated: publishing rules then wait.
    validating_draft = False

    parent_page_types = ["home.NetworkPage"]
    # A copy (duplicate or translation) is another record with its own stable identifier.
    exclude_fields_in_copy = ["uuid"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("short_description"),
        MultiFieldPanel(
            [
                FieldPanel("objectives", widget=forms.CheckboxSelectMultiple),
                FieldPanel("actions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Categorie"),
        ),
        FieldPanel("target_audience"),
        FieldPanel("how_to"),
        FieldPanel("requirements"),
        FieldPanel("outcome"),
        MultiFieldPanel(
            [
                FieldPanel("deadlines"),
                FieldRowPanel([FieldPanel("registration_start"), FieldPanel("registration_end")]),
            ],
            heading=_("Tempi e scadenze"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_free", widget=YesNoUnknownSelect),
                FieldPanel("cost_description"),
                FieldPanel("accepts_vouchers", widget=YesNoUnknownSelect),
            ],
            heading=_("Quanto costa"),
        ),
    ]
    where_panels = [
        InlinePanel(
            "locations",
            heading=_("Dove"),
            label=_("Sede"),
            help_text=_("Lasciare vuoto ciò che non è noto: la scheda lo segnala come da completare."),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_phone"), FieldPanel("contact_email"), FieldPanel("contact_website")],
            heading=_("Contatti"),
            help_text=_("Almeno un contatto è obbligatorio."),
        ),
    ]
    directory_panels = [
        FieldRowPanel([FieldPanel("age_min_months"), FieldPanel("age_max_months")], heading=_("Età")),
        FieldPanel("languages"),
        FieldPanel("accessibility_notes"),
        FieldRowPanel([FieldPanel("provider_name"), FieldPanel("provider_kind")], heading=_("Ente erogatore")),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("status_reason")], heading=_("Stato")),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")], heading=_("Validità")),
        FieldPanel("last_verified"),
        FieldPanel("external_id"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Contenuto")),
            ObjectList(where_panels, heading=_("Dove e contatti")),
            ObjectList(directory_panels, heading=_("Scheda anagrafica")),
            ObjectList(Page.promote_panels, heading=_("Promozione")),
            ObjectList(Page.settings_panels, heading=_("Impostazioni")),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("short_description", boost=2),
        index.SearchField("target_audience"),
        index.SearchField("how_to"),
        index.SearchField("outcome"),
        index.SearchField("provider_name"),
        index.AutocompleteField("short_description"),
        index.RelatedFields("objectives", [index.SearchField("title")]),
        index.RelatedFields("actions", [index.SearchField("title")]),
        index.RelatedFields("locations", [index.SearchField("municipality")]),
        index.FilterField("network"),
        index.FilterField("is_free"),
        index.FilterField("status"),
        index.FilterField("is_demo"),
        index.FilterField("last_verified"),
        # The catalogue's filters as the search engine's facets (services_catalog.engine_facets).
        index.FilterField("network_slug"),
        index.FilterField("objective_slugs"),
        index.FilterField("action_slugs"),
        index.FilterField("audience_slugs"),
        index.FilterField("need_slugs"),
        index.FilterField("opening_weekdays", type="PositiveSmallIntegerField"),
        index.FilterField("age_min_months"),
        index.FilterField("age_max_months"),
    ]

    @classmethod
    def search_exclusion(cls):
        """What public search must not show (hook of search.visibility): ended or expired services."""
        return models.Q(status=ServiceStatus.ENDED) | models.Q(valid_to__lt=timezone.localdate())

    class Meta:
        verbose_name = _("scheda servizio")
        verbose_name_plural = _("schede servizio")
        constraints = [
            models.UniqueConstraint(
                fields=["network", "external_id"],
                condition=~models.Q(external_id=""),
                name="unique_service_external_id_per_network",
            )
        ]

    # Validation -----------------------------------------------------------------

    @property
    def has_contacts(self):
        return bool(self.contact_phone or self.contact_email or self.contact_website)

    def clean(self):
        super().clean()
        errors = {}
        ages = (self.age_min_months, self.age_max_months)
        if None not in ages and ages[0] > ages[1]:
            errors["age_max_months"] = _("L'età massima non può essere inferiore all'età minima.")
        if self.registration_start and self.registration_end and self.registration_start > self.registration_end:
            errors["registration_end"] = _("La fine delle iscrizioni non può precedere l'inizio.")
        if self.valid_from and self.valid_to and self.valid_from > self.valid_to:
            errors["valid_to"] = _("La fine della validità non può precedere l'inizio.")
        if not self.validating_draft:
            errors.update(self.publishing_errors())
        if self.status in REASON_REQUIRED and not self.status_reason.strip():
            errors["status_reason"] = _("Spiegare perché il servizio è sospeso o concluso.")
        if errors:
            raise ValidationError(errors)

    def publishing_errors(self):
        """Rules that bind what is submitted or published, not drafts an editor fixes."""
        if not self.has_contacts:
            return {"contact_phone": _("Indicare almeno un contatto: telefono, email o sito web.")}
        return {}

    def missing_information(self):
        """Labels of what editors still have to complete (shown in the admin, said on the sheet)."""
        missing = []
        if not self.has_contacts:
            missing.append(_("contatti"))
        locations = list(self.locations.all())
        if not locations:
            missing.append(_("sede"))
        elif not all(location.address for location in locations):
            missing.append(_("indirizzo della sede"))
        if locations and not any(location.hours.all() or location.hours_note for location in locations):
            missing.append(_("orari di apertura"))
        if not self.is_free and not self.cost_description:
            missing.append(_("costo"))
        if self.accepts_vouchers is None:
            missing.append(_("uso dei voucher"))
        if not self.how_to:
            missing.append(_("come fare"))
        if self.last_verified is None:
            missing.append(_("data dell'ultima verifica"))
        return missing

    # Facet values -----------------------------------------------------------------
    # As the catalogue's parameters spell them, indexed for the search engine's facet counts.

    def objective_slugs(self):
        return sorted(objective.slug for objective in self.objectives.all())

    def action_slugs(self):
        return sorted(action.slug for action in self.actions.all())

    def audience_slugs(self):
        return sorted(audience.slug for audience in self.audiences.all())

    def need_slugs(self):
        """The needs (services_catalog.needs) the service answers: any one of their values."""
        held = {
            "obiettivo": self.objective_slugs(),
            "azione": self.action_slugs(),
            "destinatari": self.audience_slugs(),
        }
        return [
            need
            for need, (_label, mapping) in NEEDS.items()
            if any(set(held[name]) & set(slugs) for name, slugs in mapping.items())
        ]

    def opening_weekdays(self):
        if self.pk is None:
            return []
        weekdays = OpeningHours.objects.filter(location__service=self).values_list("weekday", flat=True)
        return sorted(set(weekdays))

    # Presentation -----------------------------------------------------------------

    @property
    def current_status(self):
        """The status as of today: a service whose validity is over counts as ended even
        before the periodic `expire_services` unpublishes it."""
        if self.valid_to and self.valid_to < timezone.localdate():
            return ServiceStatus.ENDED
        return self.status

    @property
    def current_status_label(self):
        return ServiceStatus(self.current_status).label

    def related_services(self, limit=4):
        """Live services of this page's language sharing an objective, this network's first."""
        same_network = models.Case(
            models.When(network_id=self.network_id, then=models.Value(0)), default=models.Value(1)
        )
        matching = ServicePage.objects.filter(objectives__in=self.objectives.all()).values("pk")
        return (
            ServicePage.objects.live()
            .public()
            .exclude(ServicePage.search_exclusion())  # as current(), in the same query
            .filter(pk__in=matching, locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .select_related("network")
            .annotate(same_network=same_network)
            .order_by("same_network", "title")[:limit]
        )

    @cached_property
    def sorted_locations(self):
        """The locations with their opening hours. A preview (an edit form or a revision)
        holds them in memory, unsaved and with unsaved hours: those are read as they are,
        since a prefetch would query the database for rows that do not exist yet."""
        locations = self.locations.all()
        if isinstance(locations, models.QuerySet) and "locations" not in getattr(self, "_prefetched_objects_cache", {}):
            return list(locations.prefetch_related("hours"))
        return list(locations)

    def prefetch_sheet_relations(self):
        """Reads at once, one query a relation, what the sheet and its JSON-LD both read
        (objectives, measures with their objective, audiences, locations with their hours,
        the network), instead of one query each time a part of the page asks; returns the page."""
        models.prefetch_related_objects(
            [self],
            "objectives",
            models.Prefetch("actions", queryset=self.actions.model.objects.select_related("objective")),
            "audiences",
            models.Prefetch("locations", queryset=ServiceLocation.objects.prefetch_related("hours")),
            "network",
        )
        return self

    def get_context(self, request, *args, **kwargs):
        # Imported here: the back link reads the catalogue's filters, which build on this model.
        from services_catalog.back_link import sheet_links

        context = super().get_context(request, *args, **kwargs)
        context.update(sheet_links(self, request))
        context["sheet"] = sheet_parts(self, request)
        return context


class ServiceLocation(Orderable, ClusterableModel):
    """Where the service is given (HSDS location + address)."""

    service = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="locations")
    name = models.CharField(_("nome della sede"), max_length=200, blank=True)
    address = models.CharField(
        _("indirizzo"), max_length=250, blank=True, help_text=_("Via e numero civico; vuoto se non è noto.")
    )
    postal_code = models.CharField(_("CAP"), max_length=5, blank=True)
    municipality = models.CharField(_("comune"), max_length=120, help_text=_("Il comune, ad esempio «Lecco»."))
    province = models.CharField(_("provincia"), max_length=2, blank=True, help_text=_("La sigla, ad esempio LC."))
    latitude = models.DecimalField(_("latitudine"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitudine"), max_digits=9, decimal_places=6, null=True, blank=True)
    hours_note = models.TextField(
        _("nota sugli orari"), blank=True, help_text=_("Ad esempio: chiuso ad agosto, solo su appuntamento.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("postal_code"), FieldPanel("municipality"), FieldPanel("province")]),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        OpeningHoursPanel(
            "hours",
            label=_("Orario"),
            help_text=_(
                "Per lo stesso orario dal lunedì al venerdì scegliere «da lunedì a venerdì»: "
                "al salvataggio diventa una riga per giorno."
            ),
        ),
        FieldPanel("hours_note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("sede")
        verbose_name_plural = _("sedi")
        indexes = [models.Index(fields=["municipality"])]

    def __str__(self):
        return ", ".join(part for part in (self.address, self.municipality) if part)

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Indicare sia la latitudine sia la longitudine, oppure nessuna delle due."))
        if self.province:
            self.province = self.province.upper()


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("lunedì")
    TUESDAY = 1, _("martedì")
    WEDNESDAY = 2, _("mercoledì")
    THURSDAY = 3, _("giovedì")
    FRIDAY = 4, _("venerdì")
    SATURDAY = 5, _("sabato")
    SUNDAY = 6, _("domenica")


class OpeningHours(Orderable):
    """One opening interval of a location on one weekday."""

    location = ParentalKey(ServiceLocation, on_delete=models.CASCADE, related_name="hours")
    weekday = models.PositiveSmallIntegerField(_("giorno"), choices=Weekday.choices)
    opens = models.TimeField(_("apre alle"))
    closes = models.TimeField(_("chiude alle"))

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = _("orario di apertura")
        verbose_name_plural = _("orari di apertura")
        ordering = ["weekday", "opens"]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"

    def clean(self):
        super().clean()
        if self.opens and self.closes and self.opens >= self.closes:
            raise ValidationError({"closes": _("L'orario di chiusura deve seguire quello di apertura.")})
