"""The seed's taxonomy, word for word from the slides «Interventi di conciliazione
e welfare aziendale sviluppati dalle reti» (docs/source/slides-dgr-x-1081.txt)."""

OBJECTIVES = [
    {
        "number": 1,
        "slug": "organizzazione-tempi-lavoro",
        "title": "Migliorare l'organizzazione e ottimizzare i tempi di lavoro",
        "actions_continue": True,  # the source's list ends with «etc.»
        "actions": [
            ("telelavoro", "Telelavoro"),
            ("smart-working", "Smartworking"),
            ("job-sharing", "Job sharing"),
            ("co-work", "Co-work"),
            ("flessibilita-oraria", "Flessibilità oraria in entrata/uscita e pausa pranzo"),
            ("permessi-riduzione-orario", "Permessi e/o riduzione temporanea delle ore di lavoro"),
        ],
    },
    {
        "number": 2,
        "slug": "percorso-professionale",
        "title": "Sostenere il percorso professionale dei lavoratori",
        "actions": [
            (
                "rientro-maternita",
                "Sostegno al rientro dei dipendenti dalla maternità, congedi parentali "
                "o da lunghi periodi di assenza per malattia",
            ),
            ("counselling", "Servizi di counselling"),
        ],
    },
    {
        "number": 3,
        "slug": "liberare-tempo",
        "title": "Liberare il tempo dedicato allo svolgimento di lavori domestici e al disbrigo di commissioni",
        "actions": [
            ("maggiordomo-aziendale", "Maggiordomo aziendale"),
            ("lavanderia-stireria", "Servizio di lavanderia/stireria con consegna in azienda"),
            (
                "disbrigo-pratiche",
                "Servizio di disbrigo di pratiche e commissioni all'interno dell'azienda "
                "(quali esami, visite mediche, etc.)",
            ),
            ("spesa-online", "Spesa online con consegna in azienda o servizio di take away"),
            (
                "sportelli-orientamento",
                "Modelli organizzativi di semplificazione e facilitazione di accesso a servizi "
                "per il welfare (quali sportelli di orientamento ai servizi, etc.)",
            ),
        ],
    },
    {
        "number": 4,
        "slug": "cura-non-autosufficienti",
        "title": (
            "Supportare i lavoratori nella gestione del carico di cura – "
            "persone non autosufficienti (anziani o disabili)"
        ),
        "actions": [
            ("assistenza-domiciliare", "Assistenza domiciliare"),
            ("accompagnamento-pratiche", "Accompagnamento o disbrigo pratiche"),
            ("pulizia-casa", "Servizi di pulizia per la casa delle persone anziane e/o disabili"),
        ],
    },
    {
        "number": 5,
        "slug": "cura-bambini-adolescenti",
        "title": "Supportare i lavoratori nella gestione del carico di cura – bambini o adolescenti",
        "actions": [
            ("piani-congedo", "Piani di congedo"),
            ("nido-aziendale", "Nido aziendale"),
            ("baby-sitting-emergenza", "Servizio di baby sitting nei casi di emergenza o imprevisti"),
            ("accompagnamento-casa-scuola", "Servizio di accompagnamento casa-scuola-attività extrascolastica"),
            ("dopo-scuola", "Servizi di dopo scuola e supporto allo studio"),
            (
                "centri-ricreativi",
                "Centri ricreativi aperti nei periodi di chiusura delle scuole a disposizione dei figli dei dipendenti",
            ),
        ],
    },
]

AUDIENCES = [
    ("famiglie", "Famiglie e cittadini", 1),
    ("lavoratori", "Lavoratrici e lavoratori", 2),
    ("imprese", "Imprese", 3),
]
