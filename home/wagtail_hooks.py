"""Admin integration: taxonomy snippets and the «da completare» dashboard panel."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.admin_panels import IncompletePagesPanel
from home.models import Audience, NetworkPage, Objective


class ObjectiveViewSet(SnippetViewSet):
    model = Objective
    icon = "tag"
    list_display = ["number", "title", "locale"]
    list_filter = ["locale"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Tassonomia")
    menu_icon = "tag"
    menu_order = 300
    items = (ObjectiveViewSet, AudienceViewSet)


register_snippet(TaxonomyGroup)


class IncompleteNetworksPanel(IncompletePagesPanel):
    """Lists the networks whose pages still lack information editors must complete."""

    name = "incomplete_networks"
    order = 150
    heading = _("Reti con informazioni da completare")
    page_label = _("Rete")
    all_complete = _("Tutte le reti hanno le informazioni essenziali.")
    show_network = False

    def pages(self):
        return NetworkPage.objects.all().order_by("title")


@hooks.register("construct_homepage_panels")
def add_incomplete_networks_panel(request, panels):
    panels.append(IncompleteNetworksPanel(request.user))
