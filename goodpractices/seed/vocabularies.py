"""The library's vocabularies: kinds of intervention, who benefits, periods."""

from goodpractices.models.taxonomy import (
    CALL,
    COMPANY_SUPPORT,
    COMPANY_WELFARE,
    FAMILY_FRIENDLY,
    INTER_COMPANY,
    TERRITORIAL,
)

KINDS = [
    (COMPANY_WELFARE, "Welfare aziendale"),
    (FAMILY_FRIENDLY, "Organizzazione del lavoro family friendly"),
    (INTER_COMPANY, "Rete interaziendale"),
    (TERRITORIAL, "Servizio territoriale"),
    (COMPANY_SUPPORT, "Accompagnamento alle imprese"),
    (CALL, "Bando per progetti"),
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
