"""CSV downloads of the services and of the practices: UTF-8, comma-separated,
RFC 4180 quoting, one header row of the Italian column names in `columns.py`; a text
that a spreadsheet would read as a formula gets a leading apostrophe (hardening/spreadsheets.py).

A large catalogue takes seconds to write, so the file is kept in the cache under a
version of its content (number of published pages and latest publication) and the site's
content generation (`opendata.caching.content_generation`): any publication,
unpublication, deletion or new restriction, of the listed pages or of a page they take a
value from (a network's name), changes the key and the file is written again; otherwise
it is served from the cache for up to CACHE_SECONDS."""

import csv

from django.core.cache import cache
from django.db.models import Count, Max
from django.http import HttpResponse, JsonResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from hardening.spreadsheets import csv_row
from opendata.caching import content_generation, public_cache
from opendata.catalogue import LICENCE
from opendata.columns import PRACTICE_COLUMNS, SERVICE_COLUMNS
from opendata.figures import FIGURE_COLUMNS, as_json, figure_rows, latest_update
from opendata.sources import published_practices, published_services
from opendata.throttling import rate_limited

CHUNK = 500
CACHE_SECONDS = 15 * 60


class Echo:
    def write(self, value):
        return value


def csv_rows(pages, columns, request):
    writer = csv.writer(Echo())
    yield writer.writerow([column.header for column in columns])
    for page in pages.iterator(chunk_size=CHUNK):
        yield writer.writerow(csv_row(column.value(page, request) for column in columns))


def content_version(pages):
    summary = pages.order_by().aggregate(count=Count("pk"), latest=Max("last_published_at"))
    latest = summary["latest"].timestamp() if summary["latest"] else 0
    return f"{summary['count']}-{latest}"


def csv_response(pages, columns, request, filename):
    version = f"{content_generation()}:{content_version(pages)}"
    key = f"opendata:csv:{filename}:{get_language()}:{request.get_host()}:{version}"
    content = cache.get(key)
    if content is None:
        content = "".join(csv_rows(pages, columns, request))
        cache.set(key, content, CACHE_SECONDS)
    response = HttpResponse(content, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return public_cache(response)


@require_GET
@rate_limited
def services_csv(request):
    pages = published_services().order_by("network__title", "title")
    return csv_response(pages, SERVICE_COLUMNS, request, "servizi-conciliazione.csv")


@require_GET
@rate_limited
def practices_csv(request):
    pages = published_practices().order_by("network__title", "title")
    return csv_response(pages, PRACTICE_COLUMNS, request, "buone-pratiche-conciliazione.csv")


@require_GET
@rate_limited
def figures_csv(request):
    writer = csv.writer(Echo())
    lines = [writer.writerow([column.header for column in FIGURE_COLUMNS])]
    for row in figure_rows():
        lines.append(writer.writerow(csv_row(column.value(row, request) for column in FIGURE_COLUMNS)))
    response = HttpResponse("".join(lines), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="cifre-regionali-conciliazione.csv"'
    return public_cache(response)


@require_GET
@rate_limited
def figures_json(request):
    rows = list(figure_rows())
    data = {
        "title": str(_("Cifre regionali delle Reti di conciliazione famiglia-lavoro")),
        "source": str(_("Regione Lombardia, DGR X/1081 e monitoraggio delle Reti territoriali di conciliazione")),
        "licence": LICENCE["url"],
        "updated": latest_update(rows),
        "figures": [as_json(row) for row in rows],
    }
    return public_cache(JsonResponse(data, json_dumps_params={"ensure_ascii": False}))
