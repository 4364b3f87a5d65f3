"""Error views rendered in the site's own style."""

import sys

from django.shortcuts import render

from webperf.outage import is_database_outage
from webperf.responses import database_unavailable


def server_error(request):
    # Kept minimal on purpose: no database access, the failure may be there.
    if is_database_outage(sys.exc_info()[1]):
        return database_unavailable()
    return render(request, "500.html", status=500)
