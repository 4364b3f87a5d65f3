"""Strict reading of query parameters, shared by every public endpoint: integers are ASCII
digits only (Python's int() also takes «²», «١٢» or «1_000») within bounds that fit a 64-bit
database column, dates are ISO 8601 within MIN_YEAR..MAX_YEAR (time zone arithmetic on year
1 or 9999 overflows). A bad value raises BadParameter, whose message (in Italian) the
endpoint answers with a 400; HTML pages fall back to their default instead (page 1)."""

import datetime
import re

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

MAX_ID = 2**63 - 1  # the largest value of a 64-bit signed integer column
MIN_YEAR = 1900
MAX_YEAR = 2999
MAX_TEXT_LENGTH = 200
ASCII_INTEGER = re.compile(r"-?[0-9]{1,19}")


class BadParameter(ValueError):
    pass


def integer_or_none(raw, minimum=0, maximum=MAX_ID):
    """The integer `raw` writes in ASCII digits, if it lies in minimum..maximum; else None."""
    if not isinstance(raw, str) or not ASCII_INTEGER.fullmatch(raw):
        return None
    number = int(raw)
    return number if minimum <= number <= maximum else None


def parse_integer(name, raw, minimum=0, maximum=MAX_ID):
    number = integer_or_none(raw, minimum, maximum)
    if number is None:
        raise BadParameter(
            _("«%(name)s» deve essere un numero intero da %(min)d a %(max)d")
            % {"name": name, "min": minimum, "max": maximum}
        )
    return number


def page_number(raw, maximum):
    """The page asked for by an HTML page's `?page=`: 1 when absent or not a page number (as
    Django's Paginator.get_page); a number past `maximum`, however long, counts as `maximum`."""
    if not isinstance(raw, str) or not raw.isascii() or not raw.isdigit():
        return 1
    if len(raw) > len(str(maximum)):
        return maximum
    return min(max(int(raw), 1), maximum)


def in_year_range(value):
    return MIN_YEAR <= value.year <= MAX_YEAR


def date_error(name):
    return BadParameter(
        _("«%(name)s» deve essere una data (AAAA-MM-GG) tra gli anni %(min)d e %(max)d")
        % {"name": name, "min": MIN_YEAR, "max": MAX_YEAR}
    )


def parse_day(name, raw):
    """A date written YYYY-MM-DD."""
    try:
        value = parse_date(raw) if raw.isascii() else None
    except ValueError:
        value = None
    if value is None or not in_year_range(value):
        raise date_error(name)
    return value


def parse_moment(name, raw):
    """A date (from midnight in the site's time zone) or an ISO 8601 date-time, made aware."""
    try:
        value = (parse_datetime(raw) or parse_date(raw)) if raw.isascii() else None
    except ValueError:
        value = None
    if value is None or not in_year_range(value):
        raise date_error(name)
    if not isinstance(value, datetime.datetime):
        value = datetime.datetime.combine(value, datetime.time.min)
    return timezone.make_aware(value) if timezone.is_naive(value) else value


def check_text(name, raw, max_length=MAX_TEXT_LENGTH):
    if len(raw) > max_length or "\x00" in raw:
        raise BadParameter(
            _("«%(name)s» è troppo lungo (al massimo %(max)d caratteri)") % {"name": name, "max": max_length}
        )
    return raw
