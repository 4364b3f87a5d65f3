"""The «Orari» column of the import: opening hours as editors write them in a spreadsheet,
«lun-ven 9:00-12:30, 14:00-17:00; sab 9-12» or «da lunedì a venerdì 9-12». Entries are
separated by «;» (or a new line); each names a day or a range of days, then one or more
intervals. The result is one row per
weekday and interval, the rows the admin's opening hours are made of."""

import re
from datetime import time

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from editorial.importer.columns import normalize

EXAMPLE = "lun-ven 9:00-12:30, 14:00-17:00; sab 9-12"
DAY_NAMES = ("lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica")
DASHES = re.compile(r"\s*[-–—]\s*")
ENTRY = re.compile(r"(?:da )?(?P<first>[a-z]+)(?:(?:-| a )(?P<last>[a-z]+))? (?P<intervals>.+)")
INTERVAL = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?-(\d{1,2})(?:[:.](\d{2}))?")
BETWEEN_INTERVALS = re.compile(r"(?:\s|,|\be\b)*")


def parse_opening_hours(text):
    """[(weekday 0-6, opens, closes)] from the cell's text; [] when empty.
    Raises ValidationError naming the entry that cannot be read."""
    rows = []
    for entry in filter(None, (part.strip() for part in re.split(r"[;\n]", text))):
        rows.extend(parse_entry(entry))
    return rows


def entry_error(entry, reason):
    return ValidationError(
        _("«%(entry)s»: %(reason)s (scrivere ad esempio «%(example)s»)")
        % {"entry": entry, "reason": reason, "example": EXAMPLE}
    )


def parse_entry(entry):
    text = DASHES.sub("-", normalize(entry.replace("–", "-").replace("—", "-")))
    match = ENTRY.fullmatch(text)
    if match is None:
        raise entry_error(entry, _("indicare il giorno o i giorni e poi gli orari"))
    first = weekday(match["first"], entry)
    last = weekday(match["last"], entry) if match["last"] else first
    if last < first:
        raise entry_error(entry, _("i giorni vanno dal primo all'ultimo della settimana"))
    intervals = [interval(found, entry) for found in INTERVAL.finditer(match["intervals"])]
    if not intervals or not BETWEEN_INTERVALS.fullmatch(INTERVAL.sub("", match["intervals"])):
        raise entry_error(entry, _("indicare apertura e chiusura di ogni orario"))
    return [(day, opens, closes) for day in range(first, last + 1) for opens, closes in intervals]


def weekday(word, entry):
    for number, name in enumerate(DAY_NAMES):
        if len(word) >= 3 and name.startswith(word):
            return number
    raise entry_error(entry, _("giorno sconosciuto «%(word)s»") % {"word": word})


def interval(found, entry):
    try:
        opens = time(int(found[1]), int(found[2] or 0))
        closes = time(int(found[3]), int(found[4] or 0))
    except ValueError:
        raise entry_error(entry, _("orario inesistente «%(text)s»") % {"text": found[0]}) from None
    if opens >= closes:
        raise entry_error(entry, _("la chiusura delle %(closes)s non segue l'apertura") % {"closes": f"{closes:%H:%M}"})
    return opens, closes
