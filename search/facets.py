"""Result counts by page type, for the type filter of the search page (?tipo=app.model)."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from search.labels import public_label


@dataclass
class TypeFacet:
    key: str
    label: str
    count: int
    content_type: ContentType


def page_type_key(content_type):
    return f"{content_type.app_label}.{content_type.model}"


def type_facets(results):
    """Counts of the results per page type, largest first (facet on content_type_id)."""
    facets = []
    for content_type_id, count in results.facet("content_type_id").items():
        if content_type_id is None:
            continue
        content_type = ContentType.objects.get_for_id(int(content_type_id))
        model = content_type.model_class()
        if model is None or not issubclass(model, Page):
            continue
        facets.append(TypeFacet(page_type_key(content_type), public_label(model), count, content_type))
    return sorted(facets, key=lambda facet: (-facet.count, facet.label))


def content_type_for_key(key):
    """The content type of a page model named "app_label.model", or None."""
    app_label, _, model_name = key.partition(".")
    try:
        content_type = ContentType.objects.get_by_natural_key(app_label, model_name)
    except ContentType.DoesNotExist:
        return None
    model = content_type.model_class()
    return content_type if model is not None and issubclass(model, Page) else None
