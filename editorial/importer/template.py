"""The downloadable template: the Italian headers, an example row of placeholder text (its
«ID esterno» starts with ESEMPIO: the import refuses it, so it cannot be imported by
mistake), and in the XLSX an «Istruzioni» sheet that explains every column and lists the
codes the taxonomy accepts."""

import csv
import io

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from editorial.importer.columns import COLUMNS, EXAMPLE_ROW
from home.models import Action, Audience, Objective


def example_row():
    """The example row under the headers: placeholder text, refused by the import if left in."""
    return [EXAMPLE_ROW.get(column.key, "") for column in COLUMNS]


def template_csv():
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow([column.header for column in COLUMNS])
    writer.writerow(example_row())
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def template_xlsx():
    workbook = Workbook()
    services = workbook.active
    services.title = _("Servizi")
    services.append([column.header for column in COLUMNS])
    for cell in services[1]:
        cell.font = Font(bold=True)
    services.append(example_row())
    for cell in services[2]:
        cell.font = Font(italic=True)
    services.freeze_panes = "A2"
    guide = workbook.create_sheet(_("Istruzioni"))
    guide.append([_("Colonna"), _("Obbligatoria"), _("Indicazioni")])
    for column in COLUMNS:
        guide.append([column.header, _("sì") if column.required else _("no"), column.hint])
    guide.append([])
    guide.append([_("Codici ammessi")])
    for objective in Objective.objects.filter(locale__language_code="it").order_by("number"):
        guide.append([_("Obiettivo"), f"{objective.number} / {objective.slug}", objective.title])
    for action in Action.objects.filter(locale__language_code="it").select_related("objective"):
        guide.append([_("Azione"), action.slug, action.title])
    for audience in Audience.objects.filter(locale__language_code="it").order_by("sort_order"):
        guide.append([_("Destinatari"), audience.slug, audience.name])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
