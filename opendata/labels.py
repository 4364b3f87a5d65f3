"""Display labels of choice fields, resolved once per model, field and language: Django's
`get_FOO_display` resolves the lazy labels on every call, which dominates the time of
a large export."""

from functools import lru_cache

from django.utils.translation import get_language


@lru_cache(maxsize=64)
def choice_labels(model, attribute, language):
    return {value: str(label) for value, label in model._meta.get_field(attribute).flatchoices}


def choice_label(instance, attribute):
    value = getattr(instance, attribute)
    if value in (None, ""):
        return ""
    return choice_labels(type(instance), attribute, get_language()).get(value, str(value))


def hours_label(hours):
    """«lunedì 09:00–12:30»."""
    return f"{choice_label(hours, 'weekday')} {hours.opens:%H:%M}–{hours.closes:%H:%M}"
