"""Strict checks of the API's query parameters before Wagtail reads them: Wagtail's own
parsing takes any int() (Unicode digits, numbers past 64 bits that the database refuses),
an unbounded offset, and passes field filters (`?first_published_at=`, `?objectives=`) to
the database unconverted. Each bad value is a BadRequestError, a 400 with a JSON message."""

import uuid

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import Http404
from django.utils.translation import gettext as _
from taggit.managers import TaggableManager
from wagtail.api.v2.utils import BadRequestError

from hardening import params as strict

ROOT = "root"  # Wagtail's `child_of=root` and `descendant_of=root`
PAGE_REFERENCES = ("child_of", "descendant_of", "ancestor_of", "translation_of")


def check_paging(query):
    if "offset" in query:
        strict.parse_integer("offset", query["offset"], 0, settings.OPENDATA_API_MAX_OFFSET)
    if "limit" in query:
        strict.parse_integer("limit", query["limit"], 0, settings.WAGTAILAPI_LIMIT_MAX)


def check_page_references(query):
    for name in PAGE_REFERENCES:
        value = query.get(name)
        if value is not None and not (value == ROOT and name in ("child_of", "descendant_of")):
            strict.parse_integer(name, value, 1)


def field_check(field):
    """The strict parser of a filter on `field`, or None when Wagtail's own check is enough
    (booleans, texts: it refuses NUL) or the value is a name (tags)."""
    if isinstance(field, TaggableManager):
        return None
    if field.is_relation or isinstance(field, (models.IntegerField, models.AutoField)):
        return lambda name, raw: strict.parse_integer(name, raw, -strict.MAX_ID - 1)
    if isinstance(field, models.DateTimeField):
        return strict.parse_moment
    if isinstance(field, models.DateField):
        return strict.parse_day
    if isinstance(field, models.UUIDField):
        return check_uuid
    return None


def check_uuid(name, raw):
    try:
        uuid.UUID(raw)
    except ValueError as error:
        raise strict.BadParameter(_("«%(name)s» deve essere un identificativo UUID") % {"name": name}) from error


def check_field_filters(query, model, filterable):
    for name in filterable:
        if name not in query or name == "locale":
            continue
        try:
            check = field_check(model._meta.get_field(name))
        except FieldDoesNotExist:
            continue
        if check:
            check(name, query[name])


def check_query(request, model, filterable, pk=None):
    """Raises BadRequestError for the first bad parameter, Http404 for a key past 64 bits."""
    if pk is not None and strict.integer_or_none(str(pk), 1) is None:
        raise Http404("not found")
    query = request.GET
    try:
        check_paging(query)
        check_page_references(query)
        if "id" in query:
            strict.parse_integer("id", query["id"], 1)
        check_field_filters(query, model, filterable)
    except strict.BadParameter as error:
        raise BadRequestError(str(error)) from error
