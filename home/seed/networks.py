"""The 15 territorial networks of 2015: the territories of the 15 ASL (DESIGN.md).
The seed gives no contacts, alliances or member counts per network: they stay
empty and the pages say they are not yet known."""

NETWORKS = [
    ("bergamo", "Bergamo", "ASL di Bergamo"),
    ("brescia", "Brescia", "ASL di Brescia"),
    ("como", "Como", "ASL di Como"),
    ("cremona", "Cremona", "ASL di Cremona"),
    ("lecco", "Lecco", "ASL di Lecco"),
    ("lodi", "Lodi", "ASL di Lodi"),
    ("mantova", "Mantova", "ASL di Mantova"),
    ("milano", "Milano (città)", "ASL di Milano"),
    ("milano-1", "Milano 1", "ASL Milano 1"),
    ("milano-2", "Milano 2", "ASL Milano 2"),
    ("monza-brianza", "Monza e Brianza", "ASL di Monza e Brianza"),
    ("pavia", "Pavia", "ASL di Pavia"),
    ("sondrio", "Sondrio", "ASL di Sondrio"),
    ("varese", "Varese", "ASL di Varese"),
    ("vallecamonica-sebino", "Vallecamonica-Sebino", "ASL di Vallecamonica-Sebino"),
]

# The province whose municipalities make a network's territory, where the 2015 ASL's territory
# is exactly that province. Milano città, Milano 1 and Milano 2 split the province of Milan;
# Brescia, Bergamo and Vallecamonica-Sebino split those of Brescia and Bergamo: the seed does
# not say which municipalities each covers, so their territories are left for their editors
# (the admin lists them as to be completed).
TERRITORY_PROVINCES = {
    "como": "CO",
    "cremona": "CR",
    "lecco": "LC",
    "lodi": "LO",
    "mantova": "MN",
    "monza-brianza": "MB",
    "pavia": "PV",
    "sondrio": "SO",
    "varese": "VA",
}
