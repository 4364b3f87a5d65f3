"""«Che cosa fanno le Reti per le imprese»: the forms of support the source names, each
with the practices and services that show it and the networks that offer it. A form is
recognised by the library's kinds of intervention or by the taxonomy's measures, so a
practice or service an editor classifies that way appears here with no further work."""

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from goodpractices.guide.measures import CATALOGUE_MEASURE_PARAMETER, catalogue_base, filtered
from goodpractices.models import GoodPracticeIndexPage, GoodPracticePage, InterventionKind
from goodpractices.models.taxonomy import CALL, COMPANY_SUPPORT, INTER_COMPANY
from home.models import Action, NetworkPage
from search.locale_filters import in_language
from services_catalog.models import ServicePage

LIBRARY_KIND_PARAMETER = "tipo"


@dataclass(frozen=True)
class SupportForm:
    slug: str
    title: str
    source_text: str  # the source's own words about it
    kinds: tuple = ()  # library kinds of intervention that show it
    actions: tuple = ()  # taxonomy measures (Action slugs) that show it
    alliances: bool = False  # told by the networks' count of local alliances


SUPPORT_FORMS = (
    SupportForm(
        "consulenza-formazione",
        _("Consulenza e formazione"),
        _(
            "Per quanto riguarda il sostegno all'impresa, maggiore investimento sulla consulenza e formazione "
            "per la realizzazione di servizi di welfare aziendale."
        ),
        kinds=(COMPANY_SUPPORT,),
    ),
    SupportForm(
        "sportelli",
        _("Sportelli"),
        _(
            "Azioni che rimarranno sul territorio a costo zero, come attività di sportelli, catalogo offerta "
            "territoriale, servizi salva tempo."
        ),
        actions=("sportelli-orientamento",),
    ),
    SupportForm(
        "bandi-avvisi",
        _("Bandi e avvisi"),
        _(
            "«Bando welfare per servizi interaziendali» (Lecco); «Primo avviso per la presentazione di progetti "
            "relativi a reti interaziendali tra imprese» (Monza)."
        ),
        kinds=(CALL,),
    ),
    SupportForm(
        "reti-interaziendali",
        _("Reti interaziendali"),
        _("Interventi family friendly o di welfare aziendale - interaziendale."),
        kinds=(INTER_COMPANY,),
    ),
    SupportForm(
        "alleanze-locali",
        _("Alleanze locali di conciliazione"),
        _("57 Partnership pubblico-private (Alleanze locali di conciliazione)."),
        alliances=True,
    ),
)


@dataclass
class SupportEntry:
    form: SupportForm
    practices: list = field(default_factory=list)
    services_count: int = 0
    networks: list = field(default_factory=list)  # NetworkPage, by name
    library_url: str = ""
    catalogue_url: str = ""


def terms_in(model, slugs, locale):
    """The terms of `model` named by their source-language `slugs`, in `locale` when translated
    (taxonomy codes differ between languages) or else in the source language."""
    keys = model.objects.filter(locale=Locale.get_default(), slug__in=slugs).values("translation_key")
    terms = {term.translation_key: term for term in model.objects.filter(translation_key__in=keys, locale=locale)}
    for term in model.objects.filter(locale=Locale.get_default(), slug__in=slugs):
        terms.setdefault(term.translation_key, term)
    return list(terms.values())


def library_base(locale):
    library = GoodPracticeIndexPage.objects.live().filter(locale=locale).first()
    return library.url if library is not None else ""


def form_practices(kinds, actions, locale):
    condition = Q(kinds__translation_key__in=[kind.translation_key for kind in kinds]) | Q(
        actions__translation_key__in=[action.translation_key for action in actions]
    )
    ids = GoodPracticePage.objects.filter(condition).values("pk")
    return list(
        in_language(GoodPracticePage.objects.live().public(), locale)
        .filter(pk__in=ids)
        .select_related("network")
        .order_by("network__short_name", "title")
    )


def form_services(actions, locale):
    if not actions:
        return ServicePage.objects.none()
    keys = [action.translation_key for action in actions]
    ids = ServicePage.objects.filter(actions__translation_key__in=keys).values("pk")
    return in_language(ServicePage.objects.live().public().current(), locale).filter(pk__in=ids)


def form_networks(form, locale, practices, services):
    networks = in_language(NetworkPage.objects.live().public(), locale).order_by("short_name")
    if form.alliances:
        return list(networks.filter(alliances_count__gt=0))
    ids = {practice.network_id for practice in practices} | set(services.values_list("network", flat=True))
    return list(networks.filter(pk__in=ids))


def support_entry(form, locale, library, catalogue):
    kinds, actions = terms_in(InterventionKind, form.kinds, locale), terms_in(Action, form.actions, locale)
    practices = form_practices(kinds, actions, locale)
    services = form_services(actions, locale)
    return SupportEntry(
        form=form,
        practices=practices,
        services_count=services.count(),
        networks=form_networks(form, locale, practices, services),
        library_url=filtered(library, **{LIBRARY_KIND_PARAMETER: kinds[0].slug}) if kinds else "",
        catalogue_url=filtered(catalogue, **{CATALOGUE_MEASURE_PARAMETER: actions[0].slug}) if actions else "",
    )


def support_forms(locale):
    # The practices are written in Italian only, and so is the library that filters them:
    # every language's guide links to the source-language library.
    library, catalogue = library_base(Locale.get_default()), catalogue_base(locale)
    return [support_entry(form, locale, library, catalogue) for form in SUPPORT_FORMS]
