"""The welfare planner: a GET form (company size, network or municipality, the employees'
needs) whose answer is a plan: per need, the measures of the matching objective with the
practices that used them and the services of the territory, and the network to contact.
Every parameter is validated by the form; a wrong or missing one gives the form again with
its message and the visitor's input, never an error page."""

from dataclasses import dataclass, field

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from goodpractices.guide.measures import measure_entries
from goodpractices.models import CompanySize, GoodPracticePage, GuideObjectivePage
from home.models import NetworkPage, Objective
from search.locale_filters import in_language
from services_catalog.models import ServiceLocation, ServicePage


@dataclass(frozen=True)
class Need:
    slug: str
    label: str
    objective: str  # the source-language slug of the objective that answers it


NEEDS = (
    Need("figli-0-3", _("Figli da 0 a 3 anni"), "cura-bambini-adolescenti"),
    Need("figli-scuola", _("Figli in età scolare"), "cura-bambini-adolescenti"),
    Need("familiari-non-autosufficienti", _("Familiari anziani o non autosufficienti"), "cura-non-autosufficienti"),
    Need("commissioni", _("Tempo assorbito da lavori domestici e commissioni"), "liberare-tempo"),
    Need("flessibilita", _("Flessibilità dell'orario di lavoro"), "organizzazione-tempi-lavoro"),
    Need(
        "rientro",
        _("Rientro da lunghe assenze (maternità, congedi parentali, malattia)"),
        "percorso-professionale",
    ),
)
NEEDS_BY_SLUG = {need.slug: need for need in NEEDS}
PLANNER_SIZES = (CompanySize.MICRO, CompanySize.SMALL, CompanySize.MEDIUM, CompanySize.LARGE)


class PlannerForm(forms.Form):
    dimensione = forms.ChoiceField(
        label=_("Dimensione dell'impresa"),
        required=False,
        choices=[("", _("Non indicata"))] + [(size.value, size.label) for size in PLANNER_SIZES],
        error_messages={"invalid_choice": _("Scegliere una dimensione dall'elenco.")},
    )
    rete = forms.ChoiceField(
        label=_("Rete territoriale"),
        required=False,
        error_messages={"invalid_choice": _("Scegliere una Rete dall'elenco.")},
    )
    comune = forms.CharField(
        label=_("oppure il comune"),
        required=False,
        max_length=120,
        help_text=_("Il comune dove lavorano i dipendenti, ad esempio «Lecco»."),
        error_messages={"max_length": _("Il nome del comune è troppo lungo (al massimo 120 caratteri).")},
    )
    bisogni = forms.MultipleChoiceField(
        label=_("Bisogni dei dipendenti"),
        choices=[(need.slug, need.label) for need in NEEDS],
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Scegliere almeno un bisogno dei dipendenti per preparare il piano."),
            "invalid_choice": _("Un bisogno scelto non è tra quelli dell'elenco: sceglierlo di nuovo."),
        },
    )

    def __init__(self, data, networks):
        super().__init__(data)
        self.networks = {network.slug: network for network in networks}
        self.fields["rete"].choices = [("", _("Tutte le Reti"))] + [
            (network.slug, network.short_name) for network in networks
        ]

    def clean_comune(self):
        return " ".join(self.cleaned_data["comune"].split())

    def clean(self):
        cleaned = super().clean()
        cleaned["territory"] = list(self.networks.values())
        if cleaned.get("rete"):
            cleaned["territory"] = [self.networks[cleaned["rete"]]]
        elif cleaned.get("comune"):
            found = networks_serving(cleaned["comune"], self.networks.values())
            if found:
                cleaned["territory"] = found
            else:
                self.add_error(
                    "comune",
                    _("Nessun servizio delle Reti ha sede nel comune «%(name)s»: scegliere la Rete dall'elenco.")
                    % {"name": cleaned["comune"]},
                )
        return cleaned


def networks_serving(municipality, networks):
    """The networks (of `networks`) with a service located in `municipality`."""
    located = ServiceLocation.objects.filter(municipality__iexact=municipality)
    ids = set(located.values_list("service__network", flat=True))
    return [network for network in networks if network.pk in ids]


@dataclass
class PlanSection:
    need: Need
    objective: Objective
    page: GuideObjectivePage | None
    measures: list = field(default_factory=list)  # MeasureEntry
    other_practices: list = field(default_factory=list)  # of the objective, with no measure named
    other_services: list = field(default_factory=list)  # of the objective in the territory, no measure named


@dataclass
class Plan:
    size: str
    territory: list  # NetworkPage
    whole_region: bool
    municipality: str
    sections: list


def localized_objectives(locale):
    """{source-language slug: objective in `locale` (or in the source language)}."""
    source = {
        objective.translation_key: objective for objective in Objective.objects.filter(locale=Locale.get_default())
    }
    translated = {objective.translation_key: objective for objective in Objective.objects.filter(locale=locale)}
    return {objective.slug: translated.get(key, objective) for key, objective in source.items()}


def practices_without_measure(objective, locale):
    return list(
        in_language(GoodPracticePage.objects.live().public(), locale)
        .filter(objectives=objective, actions__isnull=True)
        .select_related("network", "period")
        .prefetch_related("indicators", "kinds")
        .order_by("network__short_name", "title")
    )


def services_without_measure(objective, locale, networks):
    return list(
        in_language(ServicePage.objects.live().public().current(), locale)
        .filter(objectives=objective, network__in=networks)
        .exclude(actions__objective=objective)
        .select_related("network")
        .order_by("network__short_name", "title")
    )


class Planner:
    """The form and, when it is valid, the plan."""

    def __init__(self, guide, params):
        self.guide = guide
        self.locale = guide.locale
        networks = list(in_language(NetworkPage.objects.live().public(), self.locale).order_by("short_name"))
        self.submitted = bool(params)
        self.form = PlannerForm(params if self.submitted else None, networks)
        self.plan = self.build_plan() if self.submitted and self.form.is_valid() else None

    @property
    def errors(self):
        return self.form.errors if self.submitted else {}

    def build_plan(self):
        data = self.form.cleaned_data
        territory = data["territory"]
        objectives = localized_objectives(self.locale)
        pages = {
            page.objective.translation_key: page
            for page in GuideObjectivePage.objects.child_of(self.guide).live().public().select_related("objective")
        }
        sections = []
        for slug in data["bisogni"]:
            need = NEEDS_BY_SLUG[slug]
            objective = objectives[need.objective]
            sections.append(
                PlanSection(
                    need=need,
                    objective=objective,
                    page=pages.get(objective.translation_key),
                    measures=measure_entries(objective.actions.order_by("sort_order"), self.locale, territory),
                    other_practices=practices_without_measure(objective, self.locale),
                    other_services=services_without_measure(objective, self.locale, territory),
                )
            )
        return Plan(
            size=dict(self.form.fields["dimensione"].choices).get(data["dimensione"], "") if data["dimensione"] else "",
            territory=territory,
            whole_region=not (data.get("rete") or data.get("comune")),
            municipality=data.get("comune", ""),
            sections=sections,
        )
