"""Queries as people type them (families, carers, HR managers, journalists, editors), with
the pages each must return, by URL path: more than half of several words, more than a third
in words that are not the site's wording (everyday words, English words, other spellings:
marked `everyday`). Judged against the seed content loaded by tests/conftest.py."""

EVERYDAY = set()


def everyday(query, pages):
    """A query in words that are not the site's own wording."""
    EVERYDAY.add(query)
    return (query, pages)


AGREEMENT = "/accordo/"
DGR = "/accordo/dgr-x-1081/"
GUIDELINES = "/accordo/linee-di-indirizzo-2015-2017/"
ZONE_PLAN = "/accordo/piano-di-zona/"
CONCLUSIONS = "/accordo/conclusioni/"
NETWORKS = "/reti/"
CATALOGUE = "/servizi/"
LIBRARY = "/buone-pratiche/"
GUIDE = "/per-le-imprese/"
WORKING_TIME = "/per-le-imprese/organizzazione-tempi-lavoro/"
CAREER = "/per-le-imprese/percorso-professionale/"
FREE_TIME = "/per-le-imprese/liberare-tempo/"
CARE_ELDERLY = "/per-le-imprese/cura-non-autosufficienti/"
CARE_CHILDREN = "/per-le-imprese/cura-bambini-adolescenti/"
SPAZIO_BIMBO = ["/reti/como/spazio-bimbo/", "/reti/como/buona-pratica-servizi-prima-infanzia-spazio-bimbo/"]
SUMMER_CAMP_VARESE = "/reti/varese/buona-pratica-centro-estivo-figli-dipendenti-asl/"
SCHOOL_CLOSURE = "/reti/milano/conciliazione-chiusura-scuole/"
PAVIA = ["/reti/pavia/bambini-al-centro/", "/reti/pavia/buona-pratica-bambini-al-centro/"]
PEDIBUS = "/reti/milano/pedibus/"
CAMPUS = "/reti/milano-1/campus-educatori-genitori-volontari/"
GRANDPARENTS = [
    "/reti/vallecamonica-sebino/nonni-di-giorno/",
    "/reti/vallecamonica-sebino/buona-pratica-nonni-di-giorno/",
]
CREATIVE_FAMILIES = ["/reti/milano/bando-famiglie-creative/", "/reti/milano/buona-pratica-bando-famiglie-creative/"]
FRAIL_RELATIVES = "/reti/milano/famiglie-congiunti-fragili/"
TRANSPORT = [
    "/reti/sondrio/trasporto-persone-non-autosufficienti/",
    "/reti/sondrio/buona-pratica-progetti-mobilita-persone-non-autosufficienti/",
]
LAUNDRY = "/reti/lodi/lavanderia-aziendale-ao-lodi/"
COUNSELING = "/reti/lodi/counseling-dipendenti-asl-ao-asp/"
HR_TRAINING = "/reti/lodi/formazione-responsabili-risorse-umane/"
MANTOVA_KIT = [
    "/reti/mantova/kit-lunghe-assenze-maternita/",
    "/reti/mantova/buona-pratica-consulenza-pmi-suzzaresi-piani-conciliazione/",
]
BERGAMO_WELFARE = [
    "/reti/bergamo/consulenza-progettazione-welfare-aziendale/",
    "/reti/bergamo/buona-pratica-promozione-progetti-welfare-aziendale/",
]
BERGAMO_DESK = "/reti/bergamo/sportello-conciliazione-imprese/"
BRESCIA_CALL = [
    "/reti/brescia/bando-asl-servizi-conciliazione/",
    "/reti/brescia/buona-pratica-bando-asl-servizi-conciliazione-territoriali/",
]
LECCO_CALL = [
    "/reti/lecco/bando-welfare-servizi-interaziendali/",
    "/reti/lecco/buona-pratica-bando-welfare-servizi-interaziendali/",
]
MONZA = [
    "/reti/monza-brianza/avviso-reti-interaziendali/",
    "/reti/monza-brianza/buona-pratica-primo-avviso-reti-interaziendali/",
]
LECCO_CATALOGUE = "/reti/lecco/catalogo-offerta-territoriale/"
CREMONA_DESKS = [
    "/reti/cremona/sportelli-conciliazione/",
    "/reti/cremona/buona-pratica-sportelli-territoriali-conciliazione/",
]
HOME = "/"

PEOPLE_QUERIES = [
    # Families.
    everyday("asilo nido aziendale", [CARE_CHILDREN]),
    everyday("nido in azienda", [CARE_CHILDREN]),
    ("bambini 18 mesi", SPAZIO_BIMBO),
    ("spazio bimbo como", SPAZIO_BIMBO),
    ("servizi prima infanzia Como", SPAZIO_BIMBO),
    ("centro estivo figli dipendenti", [SUMMER_CAMP_VARESE]),
    everyday("campo estivo", [SUMMER_CAMP_VARESE, CATALOGUE]),
    everyday("summer camp", [SUMMER_CAMP_VARESE, CATALOGUE]),
    ("chiusura delle scuole", [SCHOOL_CLOSURE, CARE_CHILDREN]),
    everyday("scuole chiuse d'estate", [SCHOOL_CLOSURE]),
    everyday("doposcuola", [CATALOGUE, CARE_CHILDREN]),
    everyday("doposcuola bambini Pavia", PAVIA),
    everyday("after school", [CATALOGUE, CARE_CHILDREN]),
    everyday("aiuto compiti", PAVIA),
    ("compiti pomeriggio bambini", PAVIA),
    ("pedibus", [PEDIBUS]),
    ("percorsi pedibus famiglie", [PEDIBUS]),
    everyday("genitori soli", PAVIA + [FRAIL_RELATIVES]),
    ("famiglie monoparentali", PAVIA),
    everyday("single parent", PAVIA + [FRAIL_RELATIVES]),
    ("campus ragazzi", [CAMPUS]),
    ("animatori educatori genitori volontari", [CAMPUS]),
    ("ragazzi", [CAMPUS, CARE_CHILDREN]),
    everyday("teenager", [CARE_CHILDREN]),
    everyday("baby sitter emergenza", [CARE_CHILDREN]),
    everyday("babysitter", [CARE_CHILDREN]),
    ("nonni", GRANDPARENTS),
    ("nonni di giorno", GRANDPARENTS),
    ("famiglie creative", CREATIVE_FAMILIES),
    ("bando famiglie Milano", CREATIVE_FAMILIES),
    ("patto di rete tra famiglie", CREATIVE_FAMILIES),
    ("famiglie straniere", [FRAIL_RELATIVES]),
    # Carers.
    everyday("badante", [CARE_ELDERLY]),
    ("assistenza anziani a casa", [CARE_ELDERLY]),
    ("anziano non autosufficiente", [CARE_ELDERLY, TRANSPORT[0]]),
    everyday("trasporto disabili", TRANSPORT),
    everyday("trasporto anziani Sondrio", TRANSPORT),
    ("accompagnamento visite mediche", [FREE_TIME]),
    everyday("caregiver", [CARE_ELDERLY]),
    everyday("familiari fragili", [FRAIL_RELATIVES]),
    ("congiunti fragili", [FRAIL_RELATIVES]),
    ("pulizie casa anziani", [CARE_ELDERLY]),
    ("cura dei genitori anziani", [CARE_ELDERLY]),
    everyday("elderly care", [CARE_ELDERLY]),
    ("mobilità persone non autosufficienti", TRANSPORT),
    # HR managers.
    ("smart working", [WORKING_TIME]),
    everyday("lavoro agile", [WORKING_TIME]),
    ("telelavoro", [WORKING_TIME]),
    everyday("lavoro da casa", [WORKING_TIME]),
    everyday("remote working", [WORKING_TIME]),
    everyday("orario flessibile", [WORKING_TIME]),
    ("flessibilità entrata uscita", [WORKING_TIME]),
    everyday("coworking", [WORKING_TIME]),
    ("job sharing", [WORKING_TIME]),
    ("maggiordomo aziendale", [FREE_TIME]),
    everyday("chi mi fa la spesa", [FREE_TIME]),
    ("lavanderia in azienda", [LAUNDRY, FREE_TIME]),
    ("spesa online consegna in azienda", [FREE_TIME]),
    ("rientro dalla maternità", [CAREER]),
    ("rientro maternita", [CAREER]),
    ("congedi parentali", [CAREER]),
    everyday("mamme al rientro dal lavoro", [CAREER]),
    ("counseling dipendenti", [COUNSELING]),
    ("formazione risorse umane", [HR_TRAINING]),
    ("consulenza welfare aziendale", BERGAMO_WELFARE),
    ("pmi piani di conciliazione", MANTOVA_KIT),
    ("gestione lunghe assenze maternità", MANTOVA_KIT),
    ("reti tra imprese", MONZA),
    ("reti interaziendali Monza", MONZA),
    everyday("finanziamenti welfare aziendale", LECCO_CALL),
    everyday("contributi alle imprese per servizi", BRESCIA_CALL + LECCO_CALL),
    ("bando per le aziende", BRESCIA_CALL + LECCO_CALL),
    everyday("company nursery", [CARE_CHILDREN]),
    ("benessere sul luogo di lavoro", [GUIDE]),
    ("sportello imprese Bergamo", [BERGAMO_DESK]),
    # Journalists.
    ("reti ed enti aderenti", [NETWORKS]),
    ("57 partnership pubblico private", [NETWORKS]),
    ("966 enti aderenti", [NETWORKS]),
    ("accordo regionale conciliazione", [AGREEMENT]),
    everyday("delibera 1081", [DGR]),
    ("monitoraggio regionale delle reti", [CONCLUSIONS]),
    ("conciliazione e povertà", [CONCLUSIONS]),
    ("buone prassi intesa 2010-2012", [LIBRARY]),
    ("progetti finanziati imprese", BRESCIA_CALL),
    everyday("legge regionale 3/2008", [ZONE_PLAN]),
    ("linee di indirizzo 2015", [GUIDELINES]),
    ("welfare che crea valore", [GUIDELINES]),
    ("DGR 2941", [GUIDELINES]),
    ("programmazione sociosanitaria", [ZONE_PLAN]),
    ("sportelli Cremona 500 famiglie", CREMONA_DESKS),
    everyday("work-life balance", [HOME]),
    everyday("conciliare famiglia e lavoro", [AGREEMENT]),
    everyday("good practices", [LIBRARY]),
    # Editors and everyone.
    ("dichiarazione di accessibilità", ["/dichiarazione-accessibilita/"]),
    ("accessibilità del sito", ["/dichiarazione-accessibilita/"]),
    ("cookie", ["/privacy/"]),
    ("licenza creative commons", ["/licenza/"]),
    ("catalogo offerta Lecco", [LECCO_CATALOGUE]),
    ("micro piccole e medie imprese", [HOME]),
    ("da dove vuoi iniziare", [HOME]),
    # The home page's figures and the agreement's articles are indexed with their numbers.
    ("12972 dipendenti", [HOME]),
    ("4354 persone raggiunte", [HOME]),
    ("71 progetti attivati", [HOME]),
    ("articolo 1 obiettivi dell'accordo", [AGREEMENT]),
]
