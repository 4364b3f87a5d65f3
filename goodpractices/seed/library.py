"""The library page (/buone-pratiche/) with the source's own notes on the practices."""

LIBRARY = {
    "title": "Buone pratiche",
    "slug": "buone-pratiche",
    "intro": (
        "<p>Esempi di buone prassi di welfare aziendale e territoriale dell'intesa conciliazione 2010-2012, "
        "segnalate dalle Reti e inserite all'interno della DGR X/1081.</p>"
    ),
}
