"""The admin form of the editorial pages (services, good practices).

Drafts and published pages: Wagtail defers required fields when an editor saves a draft
(`is_deferred_validation`), so that a half-done page can be saved. The rules that bind only
what is published (e.g. a service's contacts) need the same: this form tells the page, while
the model validates, whether it is validating a draft (`page.validating_draft`); submitting
for approval and publishing validate in full."""

from wagtail.admin.forms import WagtailAdminPageForm


class EditorialPageForm(WagtailAdminPageForm):
    def _post_clean(self):
        self.instance.validating_draft = self.is_deferred_validation
        try:
            super()._post_clean()
        finally:
            self.instance.validating_draft = False
