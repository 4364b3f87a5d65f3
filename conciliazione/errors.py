"""Error views rendered in the site's own style."""

from django.shortcuts import render


def server_error(request):
    # Kept minimal on purpose: no database access, the failure may be there.
    return render(request, "500.html", status=500)
