"""The database going away gives a styled 503 (with Retry-After), not a 500: the
exception is caught where the view raised it, and the site recovers by itself on the
next request once the database answers (settings use CONN_HEALTH_CHECKS).

Only connection-level failures (OperationalError, InterfaceError) count as an outage:
an IntegrityError or ProgrammingError is a bug and stays a 500. Failures raised outside a
view (in a middleware) reach handler500, which asks `is_database_outage` too."""

import logging

from django.db import InterfaceError, OperationalError

from operations.responses import database_unavailable

logger = logging.getLogger(__name__)


def is_database_outage(exception):
    return isinstance(exception, OperationalError | InterfaceError)


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_database_outage(exception):
            return None
        logger.error("Database unavailable on %s: %s", request.path, exception)
        return database_unavailable()
