"""Ages as editors write them: months or years with their unit («18 mesi», «3 anni», «2 anni
e 6 mesi»), a bare number being months. The sheet stores months (age_min_months,
age_max_months); the admin form and the import read the same phrases."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

MAX_AGE_MONTHS = 1200  # a hundred years
# The English words too: an admin used in English shows «3 years» and reads it back.
UNITS = {"anno": 12, "anni": 12, "a": 12, "mese": 1, "mesi": 1, "m": 1}
UNITS |= {"year": 12, "years": 12, "month": 1, "months": 1}
PART = re.compile(r"(\d+)\s*(anni|anno|mesi|mese|years|year|months|month|a|m)?\b")
BETWEEN_PARTS = re.compile(r"(?:\s|\be\b|\band\b)*")


def parse_age(text):
    """Months from «18», «18 mesi», «3 anni», «2 anni e 6 mesi»; None when empty.
    Raises ValidationError with an Italian message otherwise."""
    text = " ".join(str(text).lower().split())
    if not text:
        return None
    parts = PART.findall(text)
    if not parts or not BETWEEN_PARTS.fullmatch(PART.sub("", text)):
        raise ValidationError(
            _("età non valida «%(text)s»: scrivere ad esempio «18 mesi» o «3 anni»"), params={"text": text}
        )
    months = sum(int(number) * UNITS.get(unit, 1) for number, unit in parts)
    if months > MAX_AGE_MONTHS:
        raise ValidationError(
            _("età non valida «%(text)s»: al massimo %(years)s anni"),
            params={"text": text, "years": MAX_AGE_MONTHS // 12},
        )
    return months


def format_age(months):
    """«3 anni» for whole years, «18 mesi» otherwise; empty for None. (The sheet's and the
    practices' age ranges say them the same way.)"""
    if months is None:
        return ""
    if months >= 12 and months % 12 == 0:
        years = months // 12
        return ngettext("%(count)d anno", "%(count)d anni", years) % {"count": years}
    return ngettext("%(count)d mese", "%(count)d mesi", months) % {"count": months}


class AgeField(forms.CharField):
    """A text input for an age in months or years, cleaned to months."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.widget.attrs["maxlength"] = 40  # a length check of its own would meet the months

    def prepare_value(self, value):
        return format_age(value) if isinstance(value, int) else value

    def to_python(self, value):
        return parse_age(super().to_python(value))

    def has_changed(self, initial, data):
        try:
            return self.to_python(data) != initial
        except ValidationError:
            return True
