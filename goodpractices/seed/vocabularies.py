"""The library's vocabularies (issue 4): kinds of intervention, who benefits, periods."""

COMPANY_WELFARE = "welfare-aziendale"
FAMILY_FRIENDLY = "organizzazione-family-friendly"

KINDS = [
    (COMPANY_WELFARE, "Welfare aziendale"),
    (FAMILY_FRIENDLY, "Organizzazione del lavoro family friendly"),
    ("rete-interaziendale", "Rete interaziendale"),
    ("servizio-territoriale", "Servizio territoriale"),
    ("accompagnamento-imprese", "Accompagnamento alle imprese"),
    ("bando", "Bando per progetti"),
]

BENEFICIARIES = [
    ("imprese", "Imprese"),
    ("lavoratori", "Lavoratrici e lavoratori"),
    ("famiglie", "Famiglie"),
    ("bambini", "Bambini e ragazzi"),
    ("non-autosufficienti", "Persone non autosufficienti"),
]

INTESA_2010_2012 = "intesa-2010-2012"
PERIODS = [
    {"slug": INTESA_2010_2012, "name": "Intesa conciliazione 2010-2012", "start_year": 2010, "end_year": 2012},
]
