"""The synonym groups the site starts with (issue 5). Editors manage them in the admin
(Ricerca > Sinonimi); this list seeds the database and the Elasticsearch settings.

"anziano"/"anziane" join the elderly-care group because the Snowball Italian stemmer
gives "anziani" and "anziano" different stems ("anzian", "anzi")."""

SEED_SYNONYM_GROUPS = [
    ("Asilo nido", ["asilo nido", "nido", "micronido", "sezione primavera"]),
    ("Centro estivo", ["centro estivo", "CRE", "grest"]),
    ("Anziani", ["anziani", "anziano", "anziane", "non autosufficienti"]),
    ("Lavoro agile", ["smart working", "lavoro agile", "smartworking"]),
    ("Welfare aziendale", ["welfare aziendale", "welfare d'impresa"]),
    ("Dopo scuola", ["dopo scuola", "doposcuola"]),
]
