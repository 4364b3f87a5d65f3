"""The services the source slides name or clearly imply (docs/source/slides-dgr-x-1081.txt),
one sheet each, in their network. Only what the source says is written here: addresses,
opening hours, contacts, costs and procedures it does not give stay empty, the sheet says
they are not yet available and the admin lists them as «da completare».

Each entry: network slug, slug, title, short description, sections (HTML from the source
text), objective slugs, action slugs, audience slugs, and the optional directory fields."""

SOURCE_NOTE = (
    "<p>Fonte: DGR X/1081, «Esempi di buone prassi di welfare aziendale e territoriale "
    "dell'intesa conciliazione 2010-2012».</p>"
)

# What a seed sheet's status says: the source gives no current status for any of them, so
# they are «non verificato» with what the source does say, until an editor checks them.
SOURCE_STATUS_NOTE = (
    "Progetto segnalato nella DGR X/1081 tra gli esempi dell'intesa 2010-2012; la fonte non ne indica lo stato attuale."
)
SUSTAINED_STATUS_NOTE = (
    "Azione indicata nella DGR X/1081 tra quelle pensate per restare sul territorio; "
    "la fonte non ne indica lo stato attuale."
)
SUSTAINED_MARKER = "sostenibilità delle azioni"


def status_note(data):
    """What is known of an unverified seed service's status, from its own entry."""
    if data.get("source"):
        return SOURCE_STATUS_NOTE
    if SUSTAINED_MARKER in data.get("deadlines", ""):
        return SUSTAINED_STATUS_NOTE
    return ""


SERVICES = [
    # Lecco: «azioni che rimarranno sul territorio a costo zero, come attività di sportelli,
    # catalogo offerta territoriale, servizi salva tempo (Asl di Lecco)».
    {
        "network": "lecco",
        "slug": "sportelli-conciliazione",
        "title": "Sportelli di conciliazione",
        "short_description": (
            "Sportelli della Rete di Lecco che orientano famiglie, lavoratori e imprese verso i servizi "
            "di conciliazione famiglia-lavoro del territorio."
        ),
        "outcome": "<p>Informazione e orientamento ai servizi di conciliazione del territorio.</p>",
        "deadlines": (
            "<p>Attività pensata per restare sul territorio nel tempo, a costo zero per la rete "
            "(DGR X/1081, sostenibilità delle azioni).</p>"
        ),
        "objectives": ["liberare-tempo"],
        "actions": ["sportelli-orientamento"],
        "audiences": ["famiglie", "lavoratori", "imprese"],
    },
    {
        "network": "lecco",
        "slug": "catalogo-offerta-territoriale",
        "title": "Catalogo dell'offerta territoriale di conciliazione",
        "short_description": (
            "Il catalogo dei servizi di conciliazione offerti sul territorio della Rete di Lecco, "
            "a disposizione di famiglie, lavoratori e imprese."
        ),
        "outcome": "<p>Una visione d'insieme dei servizi di conciliazione disponibili nel territorio.</p>",
        "deadlines": (
            "<p>Azione pensata per restare sul territorio nel tempo, a costo zero per la rete "
            "(DGR X/1081, sostenibilità delle azioni).</p>"
        ),
        "objectives": ["liberare-tempo"],
        "actions": ["sportelli-orientamento"],
        "audiences": ["famiglie", "lavoratori", "imprese"],
    },
    {
        "network": "lecco",
        "slug": "servizi-salva-tempo",
        "title": "Servizi salva tempo",
        "short_description": (
            "Servizi della Rete di Lecco che liberano il tempo dedicato ai lavori domestici "
            "e al disbrigo di commissioni."
        ),
        "deadlines": (
            "<p>Azione pensata per restare sul territorio nel tempo, a costo zero per la rete "
            "(DGR X/1081, sostenibilità delle azioni).</p>"
        ),
        "objectives": ["liberare-tempo"],
        "actions": [],
        "audiences": ["lavoratori"],
    },
    {
        "network": "lecco",
        "slug": "bando-welfare-servizi-interaziendali",
        "title": "Bando welfare per servizi interaziendali",
        "short_description": (
            "Bando della Rete di Lecco che finanzia progetti di servizi di welfare condivisi tra più imprese."
        ),
        "target_audience": "<p>Imprese del territorio, in partenariato con altre realtà locali.</p>",
        "outcome": (
            "<p>Nell'intesa 2010-2012: 9 progetti ammessi a finanziamento, 57 accordi di partenariato "
            "attivati con altre realtà sul territorio, 565 dipendenti destinatari. Il bando è stato scritto "
            "con la collaborazione del tavolo territoriale e delle associazioni datoriali.</p>"
        ),
        "objectives": ["organizzazione-tempi-lavoro"],
        "actions": [],
        "audiences": ["imprese"],
        "source": True,
    },
    # Milano 1: «Campus gestiti da animatori/educatori e genitori volontari (Asl milano1)».
    {
        "network": "milano-1",
        "slug": "campus-educatori-genitori-volontari",
        "title": "Campus con animatori, educatori e genitori volontari",
        "short_description": (
            "Campus per bambini e ragazzi gestiti da animatori ed educatori insieme a genitori volontari, "
            "nel territorio dell'ASL Milano 1."
        ),
        "deadlines": (
            "<p>Azione pensata per restare sul territorio nel tempo, a costo zero per la rete "
            "(DGR X/1081, sostenibilità delle azioni).</p>"
        ),
        "objectives": ["cura-bambini-adolescenti"],
        "actions": ["centri-ricreativi"],
        "audiences": ["famiglie"],
    },
    # Como: «Potenziamento e mantenimento di servizi prima infanzia, spazio bimbo (18 mesi – 3 anni)».
    {
        "network": "como",
        "slug": "spazio-bimbo",
        "title": "Spazio bimbo 18 mesi – 3 anni",
        "short_description": (
            "Servizi per la prima infanzia, dai 18 mesi ai 3 anni, potenziati o mantenuti con le risorse "
            "della Rete di Como."
        ),
        "target_audience": "<p>Famiglie con bambini dai 18 mesi ai 3 anni.</p>",
        "outcome": (
            "<p>Le risorse della rete sono state assegnate per attivare azioni sperimentali di potenziamento "
            "di alcuni servizi di conciliazione 18 mesi-3 anni presenti sul territorio e per mantenere "
            "servizi che sarebbero stati ridotti.</p>"
        ),
        "objectives": ["cura-bambini-adolescenti"],
        "actions": [],
        "audiences": ["famiglie"],
        "age_min_months": 18,
        "age_max_months": 36,
        "source": True,
    },
    # Pavia: «Bambini al centro».
    {
        "network": "pavia",
        "slug": "bambini-al-centro",
        "title": "Bambini al centro: accoglienza pomeridiana 6-11 anni",
        "short_description": (
            "Accoglienza pomeridiana extrascolastica per bambini dai 6 agli 11 anni delle scuole primarie, "
            "con supporto nei compiti e attività ludico-ricreative, per famiglie monoparentali e fragili."
        ),
        "target_audience": (
            "<p>Famiglie monoparentali e fragili con bambini dai 6 agli 11 anni che frequentano le scuole primarie.</p>"
        ),
        "outcome": (
            "<p>Accoglienza in orario pomeridiano extrascolastico, supporto nello svolgimento dei compiti e "
            "azioni ludico-ricreative, per conciliare impegni di lavoro e responsabilità di cura familiare.</p>"
        ),
        "objectives": ["cura-bambini-adolescenti"],
        "actions": ["dopo-scuola"],
        "audiences": ["famiglie"],
        "age_min_months": 72,
        "age_max_months": 132,
        "source": True,
    },
    # Varese: «Realizzazione di un centro estivo per i figli dei dipendenti ASL».
    {
        "network": "varese",
        "slug": "centro-estivo-figli-dipendenti-asl",
        "title": "Centro estivo per i figli dei dipendenti ASL",
        "short_description": "Centro estivo per i figli dei dipendenti dell'ASL di Varese.",
        "target_audience": "<p>Dipendenti dell'ASL di Varese e i loro figli.</p>",
        "deadlines": "<p>Realizzato nel periodo 2 luglio - 7 settembre 2012.</p>",
        "objectives": ["cura-bambini-adolescenti"],
        "actions": ["centri-ricreativi"],
        "audiences": ["lavoratori"],
        "provider_name": "ASL di Varese",
        "provider_kind": "public",
        "status": "ended",
        "status_reason": (
            "La fonte riporta l'edizione dal 2 luglio al 7 settembre 2012; non indica edizioni successive."
        ),
        "valid_from": "2012-07-02",
        "valid_to": "2012-09-07",
        "source": True,
    },
    # Sondrio: four projects on transport for non-self-sufficient persons.
    {
        "network": "sondrio",
        "slug": "trasporto-persone-non-autosufficienti",
        "title": "Trasporto verso i servizi sanitari e sociali per persone non autosufficienti",
        "short_description": (
            "Iniziative di mobilità che favoriscono l'accesso ai servizi sanitari e sociali delle persone "
            "non autosufficienti con problemi di trasporto, in provincia di Sondrio."
        ),
        "target_audience": "<p>Persone non autosufficienti con problemi di trasporto e le loro famiglie.</p>",
        "outcome": (
            "<p>Nell'intesa 2010-2012 sono stati realizzati 4 progetti, con partnership tra soggetti pubblici e "
            "del terzo settore; raggiunte 200 persone, il 95% delle quali fragili.</p>"
        ),
        "objectives": ["cura-non-autosufficienti"],
        "actions": ["accompagnamento-pratiche"],
        "audiences": ["famiglie"],
        "source": True,
    },
    # Vallecamonica-Sebino: «Progetto nonni di giorno».
    {
        "network": "vallecamonica-sebino",
        "slug": "nonni-di-giorno",
        "title": "Nonni di giorno",
        "short_description": (
            "Associazioni di anziani affiancano le strutture di accoglienza diurna dei minori in "
            "Vallecamonica e Sebino."
        ),
        "outcome": (
            "<p>Attraverso il coinvolgimento di associazioni di anziani, il progetto ha favorito il "
            "potenziamento di centri di accoglienza per minori.</p>"
        ),
        "objectives": ["cura-bambini-adolescenti"],
        "actions": [],
        "audiences": ["famiglie"],
        "source": True,
    },
    # Bergamo: the help desk for companies.
    {
        "network": "bergamo",
        "slug": "sportello-conciliazione-imprese",
        "title": "Sportello conciliazione per le imprese",
        "short_description": (
            "Sensibilizzazione, promozione e consulenza informativa per le piccole e medie imprese e le "
            "associazioni di categoria sulle buone pratiche di conciliazione famiglia-lavoro."
        ),
        "target_audience": "<p>Piccole e medie imprese e associazioni di categoria della provincia di Bergamo.</p>",
        "outcome": (
            "<p>Informazione e consulenza sull'adozione di buone pratiche di conciliazione. Lo sportello agisce "
            "in rete con le rappresentanze di categoria, la Camera di Commercio, Confindustria e il team ASL del "
            "progetto WHP Work Health Promotion. Nell'intesa 2010-2012 sono state coinvolte 200 aziende e tutte "
            "le organizzazioni sindacali e datoriali della provincia.</p>"
        ),
        "objectives": ["organizzazione-tempi-lavoro"],
        "actions": [],
        "audiences": ["imprese"],
        "source": True,
    },
    {
        "network": "bergamo",
        "slug": "consulenza-progettazione-welfare-aziendale",
        "title": "Consulenza per progettare interventi di welfare aziendale",
        "short_description": (
            "Consulenza diretta alle aziende e ai consorzi di aziende per progettare interventi di "
            "conciliazione famiglia-lavoro."
        ),
        "target_audience": "<p>Aziende e consorzi di aziende della provincia di Bergamo.</p>",
        "outcome": (
            "<p>Nell'intesa 2010-2012 è stata fornita consulenza diretta per la progettazione di interventi "
            "a 2 aziende e a un consorzio di oltre 100 aziende.</p>"
        ),
        "objectives": ["organizzazione-tempi-lavoro"],
        "actions": [],
        "audiences": ["imprese"],
        "source": True,
    },
    # Mantova: the kit for long absences and maternity.
    {
        "network": "mantova",
        "slug": "kit-lunghe-assenze-maternita",
        "title": "Kit di gestione delle lunghe assenze e della maternità",
        "short_description": (
            "Consulenza alle PMI del territorio suzzarese per piani di conciliazione: un kit per gestire "
            "le lunghe assenze in azienda e la maternità."
        ),
        "target_audience": "<p>Piccole e medie imprese del territorio suzzarese e i loro dipendenti.</p>",
        "outcome": "<p>Un kit di gestione delle lunghe assenze in azienda e della maternità.</p>",
        "objectives": ["percorso-professionale"],
        "actions": ["rientro-maternita"],
        "audiences": ["imprese", "lavoratori"],
        "source": True,
    },
    # Cremona: 19 sportelli conciliazione.
    {
        "network": "cremona",
        "slug": "sportelli-conciliazione",
        "title": "Sportelli territoriali per la conciliazione",
        "short_description": (
            "La rete di 19 sportelli conciliazione del territorio di Cremona, gestiti anche da enti del "
            "privato sociale, con operatori formati."
        ),
        "outcome": "<p>Nell'intesa 2010-2012 gli sportelli hanno raggiunto 500 famiglie.</p>",
        "objectives": ["liberare-tempo"],
        "actions": ["sportelli-orientamento"],
        "audiences": ["famiglie"],
        "source": True,
    },
    # Lodi: actions of the ASL-AO-ASP network for their employees.
    {
        "network": "lodi",
        "slug": "counseling-dipendenti-asl-ao-asp",
        "title": "Counseling per i dipendenti di ASL, AO e ASP",
        "short_description": (
            "Azioni di counseling per la conciliazione rivolte ai dipendenti della rete interaziendale "
            "ASL, AO e ASP di Lodi."
        ),
        "target_audience": "<p>Dipendenti di ASL, Azienda Ospedaliera e ASP di Lodi.</p>",
        "objectives": ["percorso-professionale"],
        "actions": ["counselling"],
        "audiences": ["lavoratori"],
        "source": True,
    },
    {
        "network": "lodi",
        "slug": "lavanderia-aziendale-ao-lodi",
        "title": "Servizio di lavanderia aziendale",
        "short_description": "Servizio di lavanderia aziendale dell'Azienda Ospedaliera di Lodi per i dipendenti.",
        "target_audience": "<p>Dipendenti dell'Azienda Ospedaliera di Lodi.</p>",
        "objectives": ["liberare-tempo"],
        "actions": ["lavanderia-stireria"],
        "audiences": ["lavoratori"],
        "provider_name": "Azienda Ospedaliera di Lodi",
        "provider_kind": "public",
        "source": True,
    },
    {
        "network": "lodi",
        "slug": "formazione-responsabili-risorse-umane",
        "title": "Formazione per responsabili delle risorse umane",
        "short_description": (
            "Corsi di formazione sulla conciliazione per i responsabili delle risorse umane della rete "
            "interaziendale ASL, AO e ASP di Lodi."
        ),
        "target_audience": "<p>Responsabili delle risorse umane di ASL, Azienda Ospedaliera e ASP di Lodi.</p>",
        "objectives": ["organizzazione-tempi-lavoro"],
        "actions": [],
        "audiences": ["imprese"],
        "source": True,
    },
    {
        "network": "lodi",
        "slug": "formazione-ciclo-di-vita",
        "title": "Formazione per i dipendenti sul «ciclo di vita delle persone»",
        "short_description": (
            "Iniziativa formativa per i dipendenti di ASL, ASP e AO di Lodi su temi inerenti il "
            "«ciclo di vita delle persone»."
        ),
        "target_audience": "<p>Dipendenti delle tre aziende ASL, ASP e AO di Lodi.</p>",
        "objectives": ["percorso-professionale"],
        "actions": [],
        "audiences": ["lavoratori"],
        "source": True,
    },
    # Brescia: the ASL call and the services it funded.
    {
        "network": "brescia",
        "slug": "bando-asl-servizi-conciliazione",
        "title": "Bando ASL per progetti di servizi di conciliazione",
        "short_description": (
            "Bando gestito direttamente dall'ASL di Brescia che finanzia progetti di imprese per creare "
            "servizi di conciliazione per i dipendenti."
        ),
        "target_audience": "<p>Imprese che vogliono creare servizi di conciliazione per i propri dipendenti.</p>",
        "outcome": (
            "<p>Nell'intesa 2010-2012: 8 progetti finanziati, 20 imprese coinvolte, 389 lavoratrici e lavoratori "
            "raggiunti, 319 figli di dipendenti, 34 familiari non autosufficienti.</p>"
        ),
        "objectives": ["cura-bambini-adolescenti", "cura-non-autosufficienti"],
        "actions": [],
        "audiences": ["imprese"],
        "provider_name": "ASL di Brescia",
        "provider_kind": "public",
        "source": True,
    },
    {
        "network": "brescia",
        "slug": "interventi-animativi-educativi",
        "title": "Interventi animativi ed educativi con i Comuni",
        "short_description": (
            "Una rete di interventi animativi ed educativi costruita con le realtà comunali, anche nei Comuni "
            "privi di servizi dedicati."
        ),
        "outcome": (
            "<p>La coprogettazione territoriale ha collegato i progetti delle imprese con i Comuni scoperti di "
            "servizi ad hoc, e ha facilitato l'impegno delle amministrazioni locali a proseguire le attività "
            "oltre l'annualità di progetto.</p>"
        ),
        "objectives": ["cura-bambini-adolescenti"],
        "actions": [],
        "audiences": ["famiglie", "lavoratori"],
        "source": True,
    },
    # Monza: «PRIMO AVVISO per la presentazione di progetti relativi a reti interaziendali tra imprese».
    {
        "network": "monza-brianza",
        "slug": "avviso-reti-interaziendali",
        "title": "Avviso per progetti di reti interaziendali tra imprese",
        "short_description": (
            "Avviso per progetti di reti tra imprese che realizzano azioni di conciliazione dentro e fuori "
            "le aziende, in sinergia con i servizi territoriali."
        ),
        "target_audience": "<p>Imprese del territorio di Monza e Brianza organizzate in reti interaziendali.</p>",
        "outcome": (
            "<p>Nel primo avviso: 5 progetti, in una rete integrata con l'offerta dei servizi territoriali, "
            "per un totale di 447 lavoratori coinvolti.</p>"
        ),
        "objectives": ["organizzazione-tempi-lavoro"],
        "actions": [],
        "audiences": ["imprese"],
        "source": True,
    },
    # Milano: «Bando famiglie creative» and the actions it funded.
    {
        "network": "milano",
        "slug": "bando-famiglie-creative",
        "title": "Bando famiglie creative",
        "short_description": (
            "Bando per gruppi di famiglie organizzate con un Patto di rete che realizzano progetti di "
            "conciliazione insieme a enti del territorio."
        ),
        "target_audience": (
            "<p>Famiglie organizzate in gruppi attraverso un Patto di rete, in collaborazione con enti "
            "presenti sul territorio.</p>"
        ),
        "outcome": "<p>Nell'intesa 2010-2012 sono stati presentati 60 progetti e ne sono stati finanziati 21.</p>",
        "objectives": ["cura-bambini-adolescenti"],
        "actions": [],
        "audiences": ["famiglie"],
        "source": True,
    },
    {
        "network": "milano",
        "slug": "pedibus",
        "title": "Percorsi di pedibus",
        "short_description": "Percorsi di pedibus organizzati dai gruppi di famiglie del bando famiglie creative.",
        "objectives": ["cura-bambini-adolescenti"],
        "actions": ["accompagnamento-casa-scuola"],
        "audiences": ["famiglie"],
        "source": True,
    },
    {
        "network": "milano",
        "slug": "conciliazione-chiusura-scuole",
        "title": "Attività di conciliazione nei periodi di chiusura delle scuole",
        "short_description": (
            "Attività di conciliazione personalizzate per i periodi di chiusura delle scuole, organizzate "
            "dai gruppi di famiglie del bando famiglie creative."
        ),
        "objectives": ["cura-bambini-adolescenti"],
        "actions": ["centri-ricreativi"],
        "audiences": ["famiglie"],
        "source": True,
    },
    {
        "network": "milano",
        "slug": "famiglie-congiunti-fragili",
        "title": "Sostegno alle famiglie con congiunti fragili",
        "short_description": (
            "Azioni di integrazione dei bisogni di famiglie con congiunti fragili, straniere e monogenitoriali, "
            "nei progetti del bando famiglie creative."
        ),
        "target_audience": "<p>Famiglie con congiunti fragili, famiglie straniere e monogenitoriali.</p>",
        "objectives": ["cura-non-autosufficienti"],
        "actions": [],
        "audiences": ["famiglie"],
        "source": True,
    },
]
