"""Styled error answers that never touch the database (it may be the very thing failing)."""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _


def minimal_error(status, title, message, headers=None):
    # Rendered without the request on purpose: no context processor may query the database.
    html = render_to_string("operations/minimal_error.html", {"title": title, "message": message})
    response = HttpResponse(html, status=status, headers=headers or {})
    response["Cache-Control"] = "no-store"
    return response


def database_unavailable():
    return minimal_error(
        503,
        _("Servizio temporaneamente non disponibile"),
        _("Il sito è momentaneamente irraggiungibile per manutenzione o per un guasto. Riprova tra qualche minuto."),
        headers={"Retry-After": "30"},
    )


def bad_request(message):
    return minimal_error(400, _("Richiesta non valida"), message)


def payload_too_large(limit_mb):
    return minimal_error(
        413,
        _("File troppo grande"),
        _("La richiesta supera il limite di %(limit)s MB.") % {"limit": limit_mb},
    )
