"""Filters of the services and practices endpoints by the shared taxonomy, e.g.
`?network=lecco` (slug or id of the network page), `?objective=5` (number or slug),
`?audience=famiglie` (slug). An unknown value is a 400 with a clear message."""

from django.apps import apps
from django.utils.translation import gettext as _
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Locale, TranslatableMixin

from hardening.params import integer_or_none

MAX_VALUE_LENGTH = 100


class RelatedValue:
    """A query parameter matching the objects of `relation` by slug, or by
    `number_field` when the value is a number."""

    def __init__(self, relation, model, number_field=None):
        self.relation = relation
        self.model_label = model
        self.number_field = number_field

    def targets(self, value):
        # The endpoints list the source language only (opendata.sources), whose pages link
        # to the source-language terms; a translation shares the slug.
        model = apps.get_model(self.model_label)
        objects = model._default_manager.all()
        if issubclass(model, TranslatableMixin):
            objects = objects.filter(locale=Locale.get_default())
        number = integer_or_none(value) if self.number_field else None
        if number is not None:
            return objects.filter(**{self.number_field: number})
        return objects.filter(slug=value)


class TaxonomyFilter(BaseFilterBackend):
    """Applies the endpoint's `taxonomy_filters` ({parameter: RelatedValue}) as `pk__in`
    subqueries, so that a full-text `search` can still follow (search backends only
    accept indexed filters on the queryset they receive)."""

    def filter_queryset(self, request, queryset, view):
        for parameter, related in view.taxonomy_filters.items():
            value = request.GET.get(parameter)
            if value is None:
                continue
            value = value.strip()
            if not value or len(value) > MAX_VALUE_LENGTH or "\x00" in value:
                raise BadRequestError(_("valore non valido per «%(name)s»") % {"name": parameter})
            targets = related.targets(value)
            if not targets.exists():
                raise BadRequestError(
                    _("«%(value)s» non è un valore noto per «%(name)s»") % {"value": value, "name": parameter}
                )
            matching = queryset.model.objects.filter(**{f"{related.relation}__in": targets})
            queryset = queryset.filter(pk__in=matching.values("pk"))
        return queryset
