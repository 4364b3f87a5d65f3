"""Error views: in the site's own style for pages, as JSON ({"message": ...}) for the
machine-readable endpoints (JSON_ENDPOINT_PREFIXES), whose clients parse the body."""

import sys

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language_from_path
from django.utils.translation import gettext as _
from django.views import defaults

from operations.outage import is_database_outage
from operations.responses import database_unavailable


def is_json_endpoint(request):
    """Whether the path (less its language prefix, if any) is one of the JSON endpoints."""
    path = request.path_info
    language = get_language_from_path(path)
    if language and path.startswith(f"/{language}/"):
        path = path[len(language) + 1 :]
    return path.startswith(tuple(settings.JSON_ENDPOINT_PREFIXES))


def json_error(message, status):
    response = JsonResponse({"message": message}, status=status, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "no-store"
    return response


def bad_request(request, exception=None):
    if is_json_endpoint(request):
        return json_error(_("Richiesta non valida."), 400)
    return defaults.bad_request(request, exception)


def page_not_found(request, exception=None):
    if is_json_endpoint(request):
        return json_error(_("Risorsa non trovata."), 404)
    return defaults.page_not_found(request, exception)


def server_error(request):
    # Kept minimal on purpose: no database access, the failure may be there.
    if is_database_outage(sys.exc_info()[1]):
        return database_unavailable()
    if is_json_endpoint(request):
        return json_error(_("Errore interno del server."), 500)
    return render(request, "500.html", status=500)
