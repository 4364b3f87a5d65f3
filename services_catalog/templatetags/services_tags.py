"""Template helpers of the service catalogue: age ranges in words and the facets."""

from django import template
from django.utils.translation import gettext as _

from services_catalog.ages import format_age as months_in_words

register = template.Library()


@register.filter
def age_range(service):
    """«da 18 mesi a 3 anni», «fino a 11 anni», «da 6 anni», or "" when there is no limit."""
    low, high = service.age_min_months, service.age_max_months
    if low is not None and high is not None:
        return _("da %(low)s a %(high)s") % {"low": months_in_words(low), "high": months_in_words(high)}
    if high is not None:
        return _("fino a %(high)s") % {"high": months_in_words(high)}
    if low is not None:
        return _("da %(low)s") % {"low": months_in_words(low)}
    return ""


@register.filter
def facet(facets, name):
    """`facets|facet:"rete"`: one facet of the catalogue by parameter name."""
    return facets[name]


@register.filter
def any_visible(options):
    """Whether a group of facet options has any option worth showing (a count or a selection)."""
    return any(option.count or option.selected for option in options)
