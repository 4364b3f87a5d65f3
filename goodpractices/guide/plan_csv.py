"""The welfare plan as CSV: one row per measure and per example or service, so that a
spreadsheet can sort and filter it. A cell that a spreadsheet would read as a formula
(starting with = + - @) is written with a leading apostrophe."""

import csv
import io

from django.utils.translation import gettext as _

from home.templatetags.site_tags import figure

FORMULA_LEADERS = ("=", "+", "-", "@")


def safe_cell(value):
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_LEADERS) else text


def indicator_text(indicator):
    prefix = f"{_('oltre')} " if indicator.is_minimum else ""
    unit = f" {indicator.unit}" if indicator.unit else ""
    return f"{prefix}{figure(indicator.value)}{unit} {indicator.label}"


def results_text(practice):
    return "; ".join(indicator_text(indicator) for indicator in practice.indicators.all())


def header():
    return [
        _("Bisogno"),
        _("Obiettivo"),
        _("Misura"),
        _("Tipo"),
        _("Titolo"),
        _("Rete"),
        _("Risultati (come indicati dalla fonte)"),
        _("Servizi nel catalogo"),
        _("Indirizzo"),
    ]


def section_rows(section, full_url):
    base = [section.need.label, section.objective.title]
    for entry in section.measures:
        measure = [*base, entry.action.title]
        if entry.is_empty:
            yield [*measure, _("Nessun esempio e nessun servizio"), "", "", "", "", full_url(entry.catalogue_url)]
        for practice in entry.practices:
            network = practice.network.short_name if practice.network else ""
            yield [
                *measure,
                _("Buona pratica"),
                practice.title,
                network,
                results_text(practice),
                "",
                full_url(practice.url),
            ]
        for item in entry.networks:
            yield [*measure, _("Servizi"), "", item.network.short_name, "", item.count, full_url(item.catalogue_url)]
    for practice in section.other_practices:
        network = practice.network.short_name if practice.network else ""
        row = [*base, _("misura non indicata dalla fonte"), _("Buona pratica"), practice.title, network]
        yield [*row, results_text(practice), "", full_url(practice.url)]
    for service in section.other_services:
        network = service.network.short_name if service.network else ""
        row = [*base, _("misura non indicata"), _("Servizio"), service.title, network, "", 1]
        yield [*row, full_url(service.url)]


def plan_csv(plan, request):
    def full_url(path):
        return request.build_absolute_uri(path) if path else ""

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header())
    for section in plan.sections:
        for row in section_rows(section, full_url):
            writer.writerow([safe_cell(cell) for cell in row])
    return out.getvalue()
