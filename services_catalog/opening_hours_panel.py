"""The opening hours of a location in the admin, with a «da lunedì a venerdì» choice beside
the seven weekdays: one row with that choice is saved as five rows, Monday to Friday, with
the same times. What is stored (and what the sheet, the open data and the JSON-LD read) stays
one row per weekday; the editor sees the five rows the next time the page is opened.

Built on InlinePanel's own formset (modelcluster's BaseChildFormSet), which also serves the
previews: they build the page from the same form, so a preview shows the five days too.

The revisions' compare view lists the hours of each location, what was removed and added
marked as Wagtail marks text changes (Wagtail shows nothing for an InlinePanel nested in
another one)."""

import difflib
import functools

from django import forms
from django.utils.translation import gettext_lazy as _
from modelcluster.forms import BaseChildFormSet
from wagtail.admin.compare import ChildRelationComparison, TextDiff
from wagtail.admin.panels import InlinePanel

MONDAY_TO_FRIDAY = "lun-ven"
WORKING_DAYS = range(0, 5)


class WeekdayOrWorkingDaysField(forms.TypedChoiceField):
    """The weekday choice, plus Monday to Friday (cleaned as Monday: the formset adds the rest)."""

    def __init__(self, weekday_choices, **kwargs):
        choices = [("", "---------"), (MONDAY_TO_FRIDAY, _("da lunedì a venerdì")), *weekday_choices]
        super().__init__(choices=choices, coerce=self.coerce_day, empty_value=None, **kwargs)

    @staticmethod
    def coerce_day(value):
        return WORKING_DAYS[0] if value == MONDAY_TO_FRIDAY else int(value)

    def has_changed(self, initial, data):
        return data == MONDAY_TO_FRIDAY or super().has_changed(initial, data)


class OpeningHoursFormSet(BaseChildFormSet):
    def add_fields(self, form, index):
        super().add_fields(form, index)
        weekday = form.fields["weekday"]
        form.fields["weekday"] = WeekdayOrWorkingDaysField(
            [choice for choice in weekday.choices if choice[0] != ""],
            label=weekday.label,
            required=weekday.required,
        )

    def working_days_forms(self):
        deleted = set(self.deleted_forms) if self.can_delete else set()
        return [
            form
            for form in self.forms
            if form not in deleted and form.is_valid() and form["weekday"].data == MONDAY_TO_FRIDAY
        ]

    def save(self, commit=True):
        saved = super().save(commit=False)
        copies = [
            self.copy_for(form.instance, weekday) for form in self.working_days_forms() for weekday in WORKING_DAYS[1:]
        ]
        manager = getattr(self.instance, self.rel_name)
        manager.add(*copies)
        if commit:
            manager.commit()
        return saved + copies

    def copy_for(self, hours, weekday):
        return type(hours)(
            weekday=weekday, opens=hours.opens, closes=hours.closes, sort_order=getattr(hours, "sort_order", None)
        )


class OpeningHoursComparison(ChildRelationComparison):
    """The hours of a location in two revisions, as one list with the changes marked."""

    def htmldiff(self):
        before, after = self.slots(self.val_a), self.slots(self.val_b)
        changes = []
        for operation, a_start, a_end, b_start, b_end in difflib.SequenceMatcher(a=before, b=after).get_opcodes():
            if operation == "equal":
                changes.extend(("equal", slot) for slot in before[a_start:a_end])
                continue
            changes.extend(("deletion", slot) for slot in before[a_start:a_end])
            changes.extend(("addition", slot) for slot in after[b_start:b_end])
        return TextDiff(changes, separator="; ").to_html()

    @staticmethod
    def slots(hours):
        return [str(slot) for slot in sorted(hours.all(), key=lambda slot: (slot.weekday, slot.opens))]


class OpeningHoursPanel(InlinePanel):
    """InlinePanel of opening hours whose weekday choice offers Monday to Friday."""

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["formset"] = OpeningHoursFormSet
        return options

    class BoundPanel(InlinePanel.BoundPanel):
        def get_comparison(self):
            return [
                functools.partial(OpeningHoursComparison, *comparison.args, **comparison.keywords)
                for comparison in super().get_comparison()
            ]
