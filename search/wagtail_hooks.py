"""Admin: the synonym groups, under «Sinonimi di ricerca»."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import SynonymGroup


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = _("Sinonimi di ricerca")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "terms"]
    search_fields = ["name", "terms"]


register_snippet(SynonymGroupViewSet)
