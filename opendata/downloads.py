"""CSV downloads of the services and of the practices: UTF-8, comma-separated,
RFC 4180 quoting, one header row of the Italian column names in `columns.py`.
Streamed, so that a large catalogue never sits whole in memory."""

import csv

from django.http import StreamingHttpResponse
from django.views.decorators.http import require_GET

from opendata.caching import public_cache
from opendata.columns import PRACTICE_COLUMNS, SERVICE_COLUMNS
from opendata.sources import published_practices, published_services
from opendata.throttling import rate_limited

CHUNK = 500


class Echo:
    def write(self, value):
        return value


def csv_rows(pages, columns, request):
    writer = csv.writer(Echo())
    yield writer.writerow([column.header for column in columns])
    for page in pages.iterator(chunk_size=CHUNK):
        yield writer.writerow([column.value(page, request) for column in columns])


def csv_response(pages, columns, request, filename):
    response = StreamingHttpResponse(csv_rows(pages, columns, request), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return public_cache(response)


@require_GET
@rate_limited
def services_csv(request):
    return csv_response(
        published_services().order_by("network__title", "title"), SERVICE_COLUMNS, request, "servizi-conciliazione.csv"
    )


@require_GET
@rate_limited
def practices_csv(request):
    pages = published_practices().order_by("network__title", "title")
    return csv_response(pages, PRACTICE_COLUMNS, request, "buone-pratiche-conciliazione.csv")
