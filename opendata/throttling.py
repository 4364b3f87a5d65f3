"""One rate limit for every open-data endpoint (API v2, HSDS, CSV, feeds), counted
per client address in the shared cache (Redis in production), so that a single
client cannot overload the site. The rate is `settings.OPENDATA_RATE_LIMIT`
("<requests>/<second|minute|hour|day>"), read at request time."""

from functools import wraps

from django.conf import settings
from django.http import JsonResponse
from django.utils.translation import gettext as _
from rest_framework.throttling import SimpleRateThrottle

DEFAULT_RATE = "300/minute"


class OpenDataRateThrottle(SimpleRateThrottle):
    scope = "opendata"

    def get_rate(self):
        return getattr(settings, "OPENDATA_RATE_LIMIT", DEFAULT_RATE)

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


def too_many_requests(wait):
    response = JsonResponse({"message": _("Troppe richieste: riprovare tra qualche istante.")}, status=429)
    if wait is not None:
        response["Retry-After"] = str(max(1, int(wait)))
    return response


def rate_limited(view):
    """The same throttle for plain Django views (HSDS, CSV, feeds)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        throttle = OpenDataRateThrottle()
        if not throttle.allow_request(request, None):
            return too_many_requests(throttle.wait())
        return view(request, *args, **kwargs)

    return wrapper
