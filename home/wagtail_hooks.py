"""Admin integration: taxonomy snippets and the «da completare» dashboard panel."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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


class IncompleteNetworksPanel(Component):
    """Lists the networks whose pages still lack information editors must complete."""

    name = "incomplete_networks"
    order = 150
    template_name = "home/admin/incomplete_networks_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        networks = NetworkPage.objects.all().order_by("title")
        rows = [(network, network.missing_information()) for network in networks]
        return {"rows": [(network, missing) for network, missing in rows if missing]}


@hooks.register("construct_homepage_panels")
def add_incomplete_networks_panel(request, panels):
    panels.append(IncompleteNetworksPanel(request))
