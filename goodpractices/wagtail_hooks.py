"""Admin integration: the library's vocabularies as snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from goodpractices.models import Beneficiary, InterventionKind, PracticePeriod


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
