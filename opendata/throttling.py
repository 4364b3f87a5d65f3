"""One rate limit for every open-data endpoint (API v2, HSDS, CSV, feeds), counted
per client address (hardening.clients: only a trusted proxy's X-Forwarded-For counts) in
the shared cache (hardening.ratelimit: Redis in production, one counter for every worker),
so that a single client cannot overload the site. The rate is
`settings.OPENDATA_RATE_LIMIT` ("<requests>/<second|minute|hour|day>"), read at request
time."""

from functools import wraps

from django.conf import settings
from django.http import JsonResponse
from django.utils.translation import gettext as _
from rest_framework.throttling import BaseThrottle

from hardening import ratelimit
from hardening.clients import client_address

DEFAULT_RATE = "300/minute"
SCOPE = "opendata"


class OpenDataRateThrottle(BaseThrottle):
    verdict = None

    def allow_request(self, request, view):
        rate = getattr(settings, "OPENDATA_RATE_LIMIT", DEFAULT_RATE)
        self.verdict = ratelimit.count(SCOPE, client_address(request), rate)
        return self.verdict.allowed

    def wait(self):
        return self.verdict.wait if self.verdict and not self.verdict.allowed else None


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
