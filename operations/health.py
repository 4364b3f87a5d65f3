"""Liveness/readiness probe: 200 when the database answers, 503 when it does not, or not
within settings.HEALTH_CHECK_TIMEOUT seconds (a database that accepts connections and
never answers must not hold the probe, or the worker, for the connect timeout)."""

import threading

from django.conf import settings
from django.db import DatabaseError, connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


def probe_database(result):
    """Runs in a thread of its own, hence on a connection of its own (Django keeps one per
    thread), closed before the thread ends; result["up"] is set only on an answer."""
    try:
        with connections["default"].cursor() as cursor:
            # A table of ours, not just SELECT 1: an SQLite file that went missing is
            # silently re-created empty, and answers SELECT 1.
            cursor.execute("SELECT 1 FROM django_migrations LIMIT 1")
            cursor.fetchone()
        result["up"] = True
    except DatabaseError:
        result["up"] = False
    finally:
        connections.close_all()


def database_answers(timeout):
    result = {}
    # A daemon thread: if the database never answers, the thread ends with the connect or
    # statement timeout, and never keeps the process from exiting.
    thread = threading.Thread(target=probe_database, args=(result,), daemon=True)
    thread.start()
    thread.join(timeout)
    return result.get("up", False)


@never_cache
@require_GET
def healthz(request):
    if not database_answers(settings.HEALTH_CHECK_TIMEOUT):
        return JsonResponse({"status": "unavailable", "database": "down"}, status=503)
    return JsonResponse({"status": "ok", "database": "up"})
