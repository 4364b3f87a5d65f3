"""Services whose information was last verified more than 12 months ago (or never)."""

import csv
import io
from datetime import date

from django.db.models import Q
from django.utils.translation import gettext as _
from openpyxl import Workbook

from hardening.spreadsheets import csv_row, xlsx_row
from services_catalog.models import ServicePage


def one_year_before(day):
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return date(day.year - 1, 2, 28)


def stale_services(networks, today):
    cutoff = one_year_before(today)
    return (
        ServicePage.objects.filter(network__in=networks)
        .exclude(status="ended")
        .filter(Q(last_verified__lt=cutoff) | Q(last_verified__isnull=True))
        .select_related("network")
        .order_by("network__title", "last_verified", "title")
    )


def report_rows(services):
    headers = [_("Rete"), _("Servizio"), _("ID esterno"), _("Ultima verifica"), _("Pubblicato"), _("Stato")]
    rows = [
        [
            service.network.title if service.network else "",
            service.title,
            service.external_id,
            service.last_verified.strftime("%d/%m/%Y") if service.last_verified else _("mai"),
            _("sì") if service.live else _("no"),
            service.get_status_display(),
        ]
        for service in services
    ]
    return headers, rows


def report_csv(services):
    headers, rows = report_rows(services)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(headers)
    writer.writerows(csv_row(row) for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def report_xlsx(services):
    headers, rows = report_rows(services)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Da verificare"))
    sheet.append(headers)
    for row in rows:
        sheet.append(xlsx_row(sheet, row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
