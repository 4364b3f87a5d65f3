"""Query parameters of the HSDS API, read strictly (hardening.params): a bad value is a
BadParameter (answered 400 with its message), never a server error."""

from django.utils.translation import gettext as _

from hardening import params as strict
from hardening.params import BadParameter
from opendata.hsds.identifiers import is_uuid

MAX_TEXT_LENGTH = strict.MAX_TEXT_LENGTH
MAX_PAGE = 100_000

__all__ = ["BadParameter", "boolean", "integer", "moment", "text", "uuid"]


def text(request, name, max_length=MAX_TEXT_LENGTH):
    return strict.check_text(name, request.GET.get(name, "").strip(), max_length)


def integer(request, name, default, maximum):
    raw = request.GET.get(name)
    if raw is None or raw == "":
        return default
    return strict.parse_integer(name, raw, 1, maximum)


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
    return strict.parse_moment(name, value) if value else None
