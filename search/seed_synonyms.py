"""The thesaurus the site starts with. Editors manage it in the admin (Sinonimi di ricerca);
this list seeds the database and the Elasticsearch settings. Each entry: a name, the terms
that find one another, the terms they lead to one way (official wording, broader terms).

The official terms are the site's own wording (the agreement, the guide's measures, the
service sheets); the everyday and English words are those people type. Inflections need no
entry: the light stemmer makes "centro estivo" and "centri estivi" meet (search.analysis)."""

SEED_SYNONYM_GROUPS = [
    # Equivalent names of one service, with the English words of visitors of /en/.
    ("Asilo nido", ["asilo nido", "nido", "micronido", "sezione primavera", "nursery", "daycare", "day care"], []),
    ("Centro estivo", ["centro estivo", "CRE", "grest", "summer camp", "campo estivo"], ["centri ricreativi"]),
    ("Anziani", ["anziani", "non autosufficienti", "elderly", "older people"], []),
    (
        "Lavoro agile",
        ["smart working", "lavoro agile", "smartworking", "remote working", "lavoro da casa", "lavorare da casa"],
        [],
    ),
    ("Welfare aziendale", ["welfare aziendale", "welfare d'impresa", "company welfare", "corporate welfare"], []),
    ("Dopo scuola", ["dopo scuola", "doposcuola", "after-school", "after school", "post scuola"], []),
    ("Baby sitting", ["baby sitting", "baby-sitting", "babysitting", "baby sitter", "babysitter"], []),
    # Spellings of one word: hyphen, space, joined.
    ("Part-time", ["part-time", "part time", "parttime", "tempo parziale"], []),
    ("Co-working", ["co-work", "cowork", "co-working", "coworking"], []),
    ("Job sharing", ["job sharing", "job-sharing", "jobsharing"], []),
    # Abbreviations and acronyms with their expansion (an acronym finds the whole word only).
    ("ATS", ["ATS", "agenzia di tutela della salute"], []),
    ("ASL", ["ASL", "azienda sanitaria locale"], []),
    ("RSA", ["RSA", "residenza sanitaria assistenziale"], []),
    ("Decreto legislativo", ["d.lgs.", "dlgs", "decreto legislativo"], []),
    ("Legge regionale", ["l.r.", "legge regionale"], []),
    ("DGR", ["DGR", "delibera di giunta regionale", "deliberazione della giunta regionale"], []),
    # Everyday words that lead to the official wording, one way.
    ("Ragazzi", ["ragazzi", "ragazze", "teenager", "teenagers"], ["adolescenti", "preadolescenti"]),
    (
        "Badante",
        ["badante", "caregiver", "carer", "assistente familiare"],
        ["assistenza a persone non autosufficienti", "assistenza domiciliare", "non autosufficienti"],
    ),
    ("Casa di riposo", ["casa di riposo", "care home", "nursing home"], ["residenza sanitaria assistenziale"]),
    (
        "Finanziamenti",
        ["finanziamenti", "contributi", "fondi", "incentivi", "funding", "grant"],
        ["risorse", "voucher", "bando"],
    ),
    ("Conciliare", ["conciliare", "work-life balance", "work life balance", "family-friendly"], ["conciliazione"]),
    (
        "Orari flessibili",
        ["orari flessibili", "orario flessibile", "flexible hours", "flexitime"],
        ["flessibilità oraria"],
    ),
    ("Maternità", ["maternità", "mamme", "neomamme", "maternity"], ["congedo di maternità", "rientro dalla maternità"]),
    ("Buone pratiche", ["buone pratiche", "good practices", "best practices", "buone prassi"], []),
    (
        "Genitori soli",
        ["genitori soli", "genitore solo", "genitori single", "single parent"],
        ["monoparentali", "monogenitoriali"],
    ),
    ("Disabili", ["disabili", "disabilità", "disabled"], ["non autosufficienti"]),
    ("Familiari", ["familiari", "parenti", "relatives"], ["congiunti"]),
    ("Imprese", ["imprese", "aziende", "companies", "datori di lavoro"], []),
    # A narrower term leads to its broader one, one way.
    ("Nido aziendale", ["nido aziendale", "company nursery", "workplace nursery"], ["asilo nido"]),
    ("Telelavoro", ["telelavoro", "teleworking", "telework"], ["lavoro agile"]),
]
