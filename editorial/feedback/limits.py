"""One limit for every feedback form: submissions per client address in the shared cache
(hardening.ratelimit, the counters the site's other throttles use; hardening.clients reads the
address behind trusted proxies). Every POST counts, robots' included."""

from django.conf import settings

from hardening import ratelimit
from hardening.clients import client_address

SCOPE = "feedback-address"


def count_submission(request):
    """Counts this submission; the Verdict says whether it is within FEEDBACK_RATE_PER_ADDRESS."""
    return ratelimit.count(SCOPE, client_address(request), settings.FEEDBACK_RATE_PER_ADDRESS)


def is_cross_site(request):
    """A browser says so (Sec-Fetch-Site) when another site's page posts the form: such a
    submission is refused. Browsers that do not send the header are served (see
    docs/feedback.md: the forms have no CSRF token)."""
    return request.headers.get("Sec-Fetch-Site") == "cross-site"
