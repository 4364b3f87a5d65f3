"""Admin: the thesaurus, under «Sinonimi di ricerca», and the searches that found nothing with
the words no page contains, under «Ricerche senza risultati» (what to add to the thesaurus)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import SynonymGroup, UnansweredSearch


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = _("Sinonimi di ricerca")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "terms"]
    search_fields = ["name", "terms"]


register_snippet(SynonymGroupViewSet)


class UnansweredSearchViewSet(SnippetViewSet):
    model = UnansweredSearch
    icon = "warning"
    menu_label = _("Ricerche senza risultati")
    menu_order = 311
    add_to_admin_menu = True
    list_display = ["query_string", "missing_words", "searches", "last_searched"]
    search_fields = ["query_string", "missing_words"]
    inspect_view_enabled = True


register_snippet(UnansweredSearchViewSet)
