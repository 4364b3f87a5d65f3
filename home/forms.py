"""The admin form of the editorial pages (services, good practices).

Taxonomy in the page's language: every choice of a translatable snippet (objectives,
measures, audiences, kinds…) is limited to the page's locale, so an Italian sheet can never
be given an English term; the measures are grouped under their objective. A term of another
locale posted anyway is refused with the form's own message (a form error, not a crash).

Drafts and published pages: Wagtail defers required fields when an editor saves a draft
(`is_deferred_validation`), so that a half-done page can be saved. The rules that bind only
what is published (e.g. a service's contacts) need the same: this form tells the page, while
the model validates, whether it is validating a draft (`page.validating_draft`); submitting
for approval and publishing validate in full."""

from django.forms import ModelChoiceField
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import TranslatableMixin

from home.models import Action

OTHER_LOCALE_MESSAGE = _("Una delle voci scelte non è disponibile nella lingua di questa pagina: sceglierne un'altra.")


def actions_by_objective(queryset):
    """Choices of measures grouped under their objective, in the objectives' order."""
    groups = {}
    for action in queryset.select_related("objective").order_by("objective__number", "sort_order"):
        groups.setdefault(str(action.objective), []).append((action.pk, action.title))
    return list(groups.items())


class EditorialPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = self.page_locale()
        if locale is not None:
            self.limit_taxonomy_to(locale)

    def page_locale(self):
        if self.instance.locale_id:
            return self.instance.locale
        return self.parent_page.locale if self.parent_page else None

    def limit_taxonomy_to(self, locale):
        for field in self.fields.values():
            if isinstance(field, ModelChoiceField) and issubclass(field.queryset.model, TranslatableMixin):
                field.queryset = field.queryset.filter(locale=locale)
                field.error_messages["invalid_choice"] = OTHER_LOCALE_MESSAGE
                if field.queryset.model is Action:
                    field.choices = actions_by_objective(field.queryset)

    def _post_clean(self):
        self.instance.validating_draft = self.is_deferred_validation
        try:
            super()._post_clean()
        finally:
            self.instance.validating_draft = False
