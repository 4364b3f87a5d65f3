"""Wagtail integration: the library's vocabularies as snippets, the dashboard panel of
practices still to complete, the practices section of a network page, and the practices the
service catalogue offers when few services match (its `catalogue_related_practices` hook)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from goodpractices.catalogue_links import related_practices
from goodpractices.models import Beneficiary, GoodPracticePage, InterventionKind, PracticePeriod
from home.admin_panels import IncompletePagesPanel
from home.network_sections import HOOK_NAME as NETWORK_PAGE_SECTION


class VocabularyViewSet(SnippetViewSet):
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class InterventionKindViewSet(VocabularyViewSet):
    model = InterventionKind


class BeneficiaryViewSet(VocabularyViewSet):
    model = Beneficiary
    icon = "group"


class PracticePeriodViewSet(VocabularyViewSet):
    model = PracticePeriod
    icon = "date"


class GoodPracticeVocabulariesGroup(SnippetViewSetGroup):
    menu_label = _("Vocabolari buone pratiche")
    menu_icon = "tag"
    menu_order = 310
    items = (InterventionKindViewSet, BeneficiaryViewSet, PracticePeriodViewSet)


register_snippet(GoodPracticeVocabulariesGroup)


class IncompletePracticesPanel(IncompletePagesPanel):
    """Lists the practices whose pages still lack results, objectives or beneficiaries."""

    name = "incomplete_practices"
    order = 160
    heading = _("Buone pratiche con informazioni da completare")
    page_label = _("Buona pratica")
    all_complete = _("Tutte le buone pratiche hanno le informazioni essenziali.")

    def pages(self):
        return (
            GoodPracticePage.objects.filter(is_demo=False)
            .select_related("network")
            .prefetch_related("indicators", "objectives", "beneficiaries")
            .order_by("network__short_name", "title")
        )


@hooks.register("construct_homepage_panels")
def add_incomplete_practices_panel(request, panels):
    panels.append(IncompletePracticesPanel(request.user))


@hooks.register(NETWORK_PAGE_SECTION, order=20)
def network_practices_section(network):
    """The live practices of one network, for its page."""
    practices = (
        GoodPracticePage.objects.live()
        .public()
        .filter(network=network)
        .select_related("network", "period")
        .prefetch_related("kinds", "indicators")
        .order_by("title")
    )
    return "goodpractices/components/network_practices.html", {"practices": practices}


@hooks.register("catalogue_related_practices")
def practices_for_the_catalogue(applied, locale, limit):
    return related_practices(applied, locale, limit)
