"""Query parameters of the HSDS API, read strictly: a bad value is a BadParameter
(answered 400 with its message), never a server error."""

import datetime

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from opendata.hsds.identifiers import is_uuid

MAX_TEXT_LENGTH = 200
MAX_PAGE = 100_000


class BadParameter(ValueError):
    pass


def text(request, name, max_length=MAX_TEXT_LENGTH):
    value = request.GET.get(name, "").strip()
    if len(value) > max_length or "\x00" in value:
        raise BadParameter(
            _("«%(name)s» è troppo lungo (al massimo %(max)d caratteri)") % {"name": name, "max": max_length}
        )
    return value


def integer(request, name, default, maximum):
    raw = request.GET.get(name)
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= maximum:
        raise BadParameter(_("«%(name)s» deve essere un numero intero da 1 a %(max)d") % {"name": name, "max": maximum})
    return int(raw)


def uuid(request, name):
    value = text(request, name)
    if value and not is_uuid(value):
        raise BadParameter(_("«%(name)s» deve essere un identificativo UUID") % {"name": name})
    return value.lower()


def boolean(request, name):
    value = text(request, name).lower()
    if value in ("", "false", "0", "no"):
        return False
    if value in ("true", "1", "yes"):
        return True
    raise BadParameter(_("«%(name)s» deve essere true o false") % {"name": name})


def moment(request, name):
    """A date (YYYY-MM-DD, from midnight in the site's time zone) or an ISO 8601 date-time."""
    value = text(request, name)
    if not value:
        return None
    try:
        parsed = parse_datetime(value) or parse_date(value)
    except ValueError:
        parsed = None
    if parsed is None:
        raise BadParameter(_("«%(name)s» deve essere una data (AAAA-MM-GG) o una data e ora ISO 8601") % {"name": name})
    if not isinstance(parsed, datetime.datetime):
        parsed = datetime.datetime.combine(parsed, datetime.time.min)
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed)
    return parsed
