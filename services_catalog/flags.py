"""Three-valued flags (yes, no, not known) of a service: the admin's choice and the words
every output uses, so that an unknown value is never shown or published as «no»."""

from django import forms
from django.utils.translation import gettext_lazy as _

UNKNOWN_LABEL = _("non indicato")


class YesNoUnknownSelect(forms.NullBooleanSelect):
    """Django's null-boolean select with the sheet's words: «non indicato», «sì», «no»."""

    def __init__(self, attrs=None):
        super().__init__(attrs)
        self.choices = (("unknown", UNKNOWN_LABEL), ("true", _("sì")), ("false", _("no")))
