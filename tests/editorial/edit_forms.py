"""The data a browser would post from a page's edit form, built from Wagtail's own form class:
each field's current value as its widget renders it, and every inline formset with its
management form, so a test changes only what an editor would change."""

from django.forms import CheckboxInput
from wagtail.admin.panels import get_edit_handler


def bound_form_data(form):
    data = {}
    for name, field in form.fields.items():
        bound = form[name]
        value = bound.value()
        key = form.add_prefix(name)
        if isinstance(field.widget, CheckboxInput):
            if value:
                data[key] = "on"
        elif isinstance(value, (list, tuple)):
            data[key] = [str(item) for item in value]
        else:
            rendered = field.widget.format_value(value)
            data[key] = "" if rendered is None else rendered
    for formset in getattr(form, "formsets", {}).values():
        data.update(formset_data(formset))
    return data


def formset_data(formset):
    data = {}
    management = formset.management_form
    for name in management.fields:
        data[management.add_prefix(name)] = management[name].value()
    for child in formset.forms:
        data.update(bound_form_data(child))
    return data


def edit_form_data(page, user):
    """The edit form of `page` (its latest revision) as posted unchanged by `user`."""
    page = page.get_latest_revision_as_object()
    form_class = get_edit_handler(type(page)).get_form_class()
    form = form_class(instance=page, for_user=user, parent_page=page.get_parent())
    return bound_form_data(form)


def add_inline(data, prefix, rows):
    """Appends new rows to the inline formset `prefix` (keys are field names, nested
    formsets given as (prefix_suffix, rows) under the key «formsets»)."""
    start = int(data[f"{prefix}-TOTAL_FORMS"])
    for offset, row in enumerate(rows):
        row_prefix = f"{prefix}-{start + offset}"
        nested = row.pop("formsets", {})
        for name, value in row.items():
            data[f"{row_prefix}-{name}"] = value
        data[f"{row_prefix}-ORDER"] = str(start + offset + 1)
        data[f"{row_prefix}-id"] = ""
        for suffix, nested_rows in nested.items():
            nested_prefix = f"{row_prefix}-{suffix}"
            data.setdefault(f"{nested_prefix}-TOTAL_FORMS", "0")
            data.setdefault(f"{nested_prefix}-INITIAL_FORMS", "0")
            data.setdefault(f"{nested_prefix}-MIN_NUM_FORMS", "0")
            data.setdefault(f"{nested_prefix}-MAX_NUM_FORMS", "1000")
            add_inline(data, nested_prefix, nested_rows)
    data[f"{prefix}-TOTAL_FORMS"] = str(start + len(rows))
    return data
