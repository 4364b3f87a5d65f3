"""The library page (/buone-pratiche/) with the source's own notes on the practices."""

from home.seed.blocks import bullet_list

LIBRARY = {
    "title": "Buone pratiche",
    "slug": "buone-pratiche",
    "intro": (
        "<p>Esempi di buone prassi di welfare aziendale e territoriale dell'intesa conciliazione 2010-2012, "
        "segnalate dalle Reti e inserite all'interno della DGR X/1081.</p>"
    ),
    "body": [
        bullet_list(
            [
                "Le buone prassi sono state segnalate dalle Reti ed inserite all’interno della DGR X/1081.",
                "Sono eterogenee e prevedono azioni molto diverse.",
                "7 Reti su 13 segnalano buone prassi che riguardano iniziative di welfare aziendale o "
                "l’introduzione di modalità di lavoro family friendly.",
                "I progetti di welfare aziendale possono includere più di un’azione diretta e prevedere quindi "
                "la realizzazione di più interventi contemporaneamente.",
                "Sono frequenti anche interventi di accompagnamento alle imprese che si accingono a realizzare "
                "azioni di welfare.",
            ],
            title="Le buone prassi dell'intesa 2010-2012",
        )
    ],
}
