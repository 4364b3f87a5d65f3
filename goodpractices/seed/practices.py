"""The 13 good practices of the source slides «Esempi di buone prassi di welfare aziendale
e territoriale dell'intesa conciliazione 2010 - 2012» (docs/source/slides-dgr-x-1081.txt).

Titles are the «Azione» column and descriptions the «Descrizione» column, word for word.
Every figure of the source is a structured indicator: (label, value, measure, unit,
qualifier). `measure` is set only for counts that add up across practices; shares and
subsets stay out of totals. «oltre» in the source becomes the «oltre» qualifier.
Nothing the source does not say is filled in: unknown fields stay empty."""

from goodpractices.models import CompanySize, Measure, Qualifier
from goodpractices.models.taxonomy import (
    CALL,
    COMPANY_SUPPORT,
    COMPANY_WELFARE,
    FAMILY_FRIENDLY,
    INTER_COMPANY,
    TERRITORIAL,
)

MORE_THAN = Qualifier.MORE_THAN

PRACTICES = [
    {
        "network": "lodi",
        "slug": "buona-pratica-iniziative-pubblica-amministrazione-asl-ao-asp",
        "title": (
            "Iniziative nella pubblica amministrazione ASL-AO-ASP: per la conciliazione tra lavoro di cura "
            "e cura della famiglia"
        ),
        "summary": (
            "Messa in rete di azioni a favore della conciliazione ai dipendenti della rete interaziendale ASL ASP: "
            "counseling, formazione, lavanderia aziendale."
        ),
        "description": (
            "<p>Messa in rete di azioni a favore della conciliazione ai dipendenti della rete interaziendale "
            "ASL ASP: attivazione di azioni di counseling, corsi di formazione per responsabili di risorse umane, "
            "realizzazione di servizio di lavanderia aziendale (AO Lodi), iniziativa formativa rivolta ai "
            "dipendenti delle tre aziende ASL ASP e AO su temi inerenti il “ciclo di vita delle persone”.</p>"
        ),
        "kinds": [COMPANY_WELFARE, INTER_COMPANY],
        "objectives": ["percorso-professionale", "liberare-tempo"],
        "actions": ["counselling", "lavanderia-stireria"],
        "beneficiaries": ["lavoratori"],
        "partners": "ASL, ASP e AO di Lodi (rete interaziendale).",
        "sector": "Pubblica amministrazione (ASL, AO, ASP)",
        "indicators": [("aziende pubbliche della rete (ASL, ASP e AO)", 3, "")],
    },
    {
        "network": "brescia",
        "slug": "buona-pratica-bando-asl-servizi-conciliazione-territoriali",
        "title": (
            "Bando gestito direttamente dalla ASL per progetti di interventi e servizi di conciliazione territoriali"
        ),
        "summary": (
            "Finanziamento di 8 progetti presentati da imprese, per la creazione di servizi di conciliazione "
            "per i dipendenti."
        ),
        "description": (
            "<p>Finanziamento di 8 progetti presentati da imprese, per la creazione di servizi di conciliazione "
            "per i dipendenti. Totale imprese coinvolte: 20, Lavoratori/trici raggiunti: 389, Figli di Dipendenti "
            "raggiunti: 319, Famigliari non autosufficienti: 34.</p>"
            "<p>La coprogettazione territoriale di alcuni progetti ha permesso di costruire una rete di interventi "
            "animativi e educativi in collaborazione con le realtà comunali creando un collegamento con i Comuni "
            "scoperti di servizi ad hoc, facilitando da parte delle amministrazioni locali l’assunzione di impegni "
            "a proseguire le attività oltre l’annualità di progetto.</p>"
        ),
        "kinds": [CALL, COMPANY_WELFARE],
        "objectives": ["cura-non-autosufficienti", "cura-bambini-adolescenti"],
        "beneficiaries": ["imprese", "lavoratori", "bambini", "non-autosufficienti"],
        "partners": "Imprese proponenti; realtà comunali (coprogettazione territoriale di alcuni progetti).",
        "funding": "Bando gestito direttamente dalla ASL di Brescia.",
        "transferability": (
            "La coprogettazione territoriale con le realtà comunali ha collegato i Comuni scoperti di servizi "
            "ad hoc e ha facilitato l’impegno delle amministrazioni locali a proseguire le attività oltre "
            "l’annualità di progetto."
        ),
        "indicators": [
            ("progetti finanziati", 8, Measure.PROJECTS),
            ("imprese coinvolte", 20, Measure.COMPANIES),
            ("lavoratori/trici raggiunti", 389, Measure.WORKERS),
            ("figli di dipendenti raggiunti", 319, Measure.CHILDREN),
            ("famigliari non autosufficienti", 34, Measure.DEPENDANTS),
        ],
    },
    {
        "network": "lecco",
        "slug": "buona-pratica-bando-welfare-servizi-interaziendali",
        "title": "Bando welfare per servizi interaziendali",
        "summary": (
            "9 progetti ammessi a finanziamento, 57 accordi di partenariato attivati con altre realtà sul "
            "territorio, 565 dipendenti destinatari."
        ),
        "description": (
            "<p>9 progetti ammessi a finanziamento, 57 accordi di partenariato attivati con altre realtà sul "
            "territorio, 565 dipendenti destinatari. Particolarmente apprezzabile la modalità di formazione del "
            "bando, in quanto è stato scritto con la collaborazione del tavolo territoriale e con le associazioni "
            "datoriali.</p>"
        ),
        "kinds": [CALL, COMPANY_WELFARE, INTER_COMPANY],
        "beneficiaries": ["imprese", "lavoratori"],
        "partners": (
            "Tavolo territoriale e associazioni datoriali, che hanno collaborato alla scrittura del bando; "
            "altre realtà del territorio, con accordi di partenariato."
        ),
        "transferability": (
            "Particolarmente apprezzabile la modalità di formazione del bando, in quanto è stato scritto con la "
            "collaborazione del tavolo territoriale e con le associazioni datoriali."
        ),
        "indicators": [
            ("progetti ammessi a finanziamento", 9, Measure.PROJECTS),
            ("accordi di partenariato attivati con altre realtà sul territorio", 57, Measure.PARTNERSHIPS),
            ("dipendenti destinatari", 565, Measure.WORKERS),
        ],
    },
    {
        "network": "monza-brianza",
        "slug": "buona-pratica-primo-avviso-reti-interaziendali",
        "title": "Primo avviso per la presentazione di progetti relativi a reti interaziendali tra imprese",
        "summary": (
            "5 progetti di azioni all'interno e all'esterno delle imprese, in sinergia con l'offerta dei servizi "
            "territoriali, per un totale di 447 lavoratori coinvolti."
        ),
        "description": (
            "<p>5 progetti finalizzati alla realizzazione di azioni all'interno e all'esterno delle imprese in "
            "sinergia con l'offerta dei servizi territoriali creando una rete integrata per un totale di 447 "
            "lavoratori coinvolti.</p>"
        ),
        "kinds": [CALL, COMPANY_WELFARE, INTER_COMPANY],
        "beneficiaries": ["imprese", "lavoratori"],
        "indicators": [
            ("progetti", 5, Measure.PROJECTS),
            ("lavoratori coinvolti", 447, Measure.WORKERS),
        ],
    },
    {
        "network": "varese",
        "slug": "buona-pratica-centro-estivo-figli-dipendenti-asl",
        "title": "Realizzazione di un centro estivo per i figli dei dipendenti ASL",
        "summary": "Un centro estivo per i figli dei dipendenti ASL, dal 2 luglio al 7 settembre 2012.",
        "description": (
            "<p>È stato realizzato nel periodo 2 luglio - 7 settembre 2012 un centro estivo per i figli dei "
            "dipendenti ASL.</p>"
        ),
        "kinds": [COMPANY_WELFARE],
        "objectives": ["cura-bambini-adolescenti"],
        "actions": ["centri-ricreativi"],
        "beneficiaries": ["lavoratori", "bambini"],
        "sector": "Pubblica amministrazione (ASL)",
        "started_on": "2012-07-02",
        "ended_on": "2012-09-07",
    },
    {
        "network": "bergamo",
        "slug": "buona-pratica-promozione-progetti-welfare-aziendale",
        "title": "Promozione progetti di welfare aziendale a sostegno della conciliazione famiglia e lavoro",
        "summary": (
            "Sensibilizzazione, promozione e consulenza informativa alle piccole e medie imprese e alle "
            "associazioni di categoria: 200 aziende coinvolte."
        ),
        "description": (
            "<p>Interventi di sensibilizzazione, promozione e consulenza informativa rivolti alle piccole e medie "
            "imprese e delle associazioni di categoria finalizzate all'adozione di buone pratiche in tema di "
            "conciliazione famiglia e lavoro. Sono state coinvolte tutte le organizzazioni sindacali e datoriali "
            "della Provincia di Bergamo. Complessivamente sono state coinvolte nel progetto 200 aziende. È stata "
            "fornita consulenza diretta per la progettazione di interventi a 2 aziende e ad un consorzio di oltre "
            "100 aziende. Inoltre lo Sportello agisce in rete con le rappresentazioni di categoria, la Camera di "
            "Commercio, Confindustria e il team ASL del progetto WHP Work Health Promotion che vede la "
            "partecipazione attiva di oltre 50 aziende del territorio.</p>"
        ),
        "kinds": [COMPANY_SUPPORT, COMPANY_WELFARE],
        "beneficiaries": ["imprese"],
        "company_size": CompanySize.SMALL_MEDIUM,
        "partners": (
            "Tutte le organizzazioni sindacali e datoriali della Provincia di Bergamo; lo Sportello agisce in rete "
            "con le rappresentazioni di categoria, la Camera di Commercio, Confindustria e il team ASL del "
            "progetto WHP Work Health Promotion."
        ),
        "indicators": [
            ("aziende coinvolte nel progetto", 200, Measure.COMPANIES),
            ("aziende con consulenza diretta per la progettazione di interventi", 2, ""),
            ("aziende del consorzio con consulenza diretta", 100, "", "", MORE_THAN),
            ("aziende del territorio nel progetto WHP Work Health Promotion", 50, "", "", MORE_THAN),
        ],
    },
    {
        "network": "mantova",
        "slug": "buona-pratica-consulenza-pmi-suzzaresi-piani-conciliazione",
        "title": "Progetto consulenza alle PMI suzzaresi per piani di Conciliazione",
        "summary": (
            "Kit di gestione delle lunghe assenze in azienda/maternità rivolto ai dipendenti di PMI del territorio "
            "suzzarese."
        ),
        "description": (
            "<p>Kit di gestione delle lunghe assenze in azienda/maternità rivolto ai dipendenti di PMI del "
            "territorio suzzarese.</p>"
        ),
        "kinds": [COMPANY_SUPPORT, FAMILY_FRIENDLY],
        "objectives": ["percorso-professionale"],
        "actions": ["rientro-maternita"],
        "beneficiaries": ["imprese", "lavoratori"],
        "company_size": CompanySize.SMALL_MEDIUM,
    },
    {
        "network": "sondrio",
        "slug": "buona-pratica-progetti-mobilita-persone-non-autosufficienti",
        "title": (
            "Realizzazione di 4 progetti per la promozione di iniziative per favorire l'accesso ai servizi "
            "sanitari e sociali a favore di persone non autosufficienti con problemi di trasporto"
        ),
        "summary": (
            "4 progetti di mobilità verso i servizi sanitari e sociali per persone non autosufficienti con "
            "problemi di trasporto: raggiunti 200 soggetti, di cui 95% soggetti fragili."
        ),
        "description": (
            "<p>Sono stati realizzati 4 progetti per la promozione di iniziative per favorire l'accesso ai servizi "
            "sanitari e sociali a favore di persone non autosufficienti con problemi di trasporto. Le iniziative di "
            "mobilità hanno favorito la promozione e il consolidamento di partnership tra soggetti pubblici e "
            "soggetti del terzo settore, il coordinamento, l’integrazione e la razionalizzazione delle risorse e lo "
            "sviluppo di sensibilità e solidarietà locale. Raggiunti 200 soggetti di cui 95% soggetti fragili.</p>"
        ),
        "kinds": [TERRITORIAL],
        "objectives": ["cura-non-autosufficienti"],
        "actions": ["accompagnamento-pratiche"],
        "beneficiaries": ["non-autosufficienti"],
        "partners": "Soggetti pubblici e soggetti del terzo settore.",
        "indicators": [
            ("progetti realizzati", 4, Measure.PROJECTS),
            ("soggetti raggiunti", 200, Measure.PEOPLE),
            ("soggetti fragili tra i raggiunti", 95, "", "%"),
        ],
    },
    {
        "network": "cremona",
        "slug": "buona-pratica-sportelli-territoriali-conciliazione",
        "title": "Sportelli territoriali per la conciliazione e formazione agli operatori",
        "summary": (
            "Una rete di 19 sportelli conciliazione, anche con enti del privato sociale: raggiunte 500 famiglie."
        ),
        "description": (
            "<p>La rete territoriale di Cremona ha creato una buona rete di sportelli conciliazione (19) "
            "coinvolgendo anche enti del privato sociale. Sono state raggiunte 500 famiglie.</p>"
        ),
        "kinds": [TERRITORIAL],
        "objectives": ["liberare-tempo"],
        "actions": ["sportelli-orientamento"],
        "beneficiaries": ["famiglie"],
        "partners": "Enti del privato sociale.",
        "indicators": [
            ("sportelli conciliazione", 19, Measure.HELP_DESKS),
            ("famiglie raggiunte", 500, Measure.FAMILIES),
        ],
    },
    {
        "network": "como",
        "slug": "buona-pratica-servizi-prima-infanzia-spazio-bimbo",
        "title": "Potenziamento e mantenimento di servizi prima infanzia, spazio bimbo (18 mesi – 3 anni)",
        "summary": (
            "Risorse assegnate per potenziare in via sperimentale alcuni servizi di conciliazione 18 mesi-3 anni "
            "del territorio e mantenere servizi che sarebbero stati ridotti."
        ),
        "description": (
            "<p>E’ stato stabilito di assegnare le risorse al fine di attivare azioni sperimentali di potenziamento "
            "di alcuni servizi di conciliazione 18 mesi-3 anni presenti sul territorio e di mantenimento di servizi "
            "che sarebbero stati ridotti.</p>"
        ),
        "kinds": [TERRITORIAL],
        "objectives": ["cura-bambini-adolescenti"],
        "beneficiaries": ["famiglie", "bambini"],
        "age_min_months": 18,
        "age_max_months": 36,
    },
    {
        "network": "pavia",
        "slug": "buona-pratica-bambini-al-centro",
        "title": "Bambini al centro – Progetto di sostegno alla conciliazione per famiglie monoparentali e fragili",
        "summary": (
            "Un servizio pomeridiano extrascolastico per bambini dai 6 agli 11 anni di famiglie monoparentali "
            "e fragili: supporto nei compiti e attività ludico/ricreative."
        ),
        "description": (
            "<p>Attivazione di un servizio di accoglienza per bambini dai 6 agli 11 anni frequentanti le scuole "
            "primarie, in orario pomeridiano extrascolastico per il supporto nello svolgimento dei compiti e azioni "
            "ludico/ricreative, rivolto a famiglie monoparentali e fragili, inteso a sperimentare e consolidare "
            "nuove prassi per affrontare la gestione dei figli minori in un'ottica di conciliazione tra impegni "
            "lavorativi e responsabilità di cura familiare.</p>"
        ),
        "kinds": [TERRITORIAL],
        "objectives": ["cura-bambini-adolescenti"],
        "actions": ["dopo-scuola"],
        "beneficiaries": ["famiglie", "bambini"],
        "age_min_months": 72,
        "age_max_months": 132,
    },
    {
        "network": "milano",
        "slug": "buona-pratica-bando-famiglie-creative",
        "title": "Bando famiglie creative",
        "summary": (
            "Presentati 60 progetti e finanziati 21: famiglie organizzate in gruppi attraverso un Patto di rete, "
            "in collaborazione con enti del territorio."
        ),
        "description": (
            "<p>Presentati 60 progetti e finanziati 21. Per accedere al bando le famiglie si sono organizzate in "
            "gruppi attraverso un Patto di rete e attivando collaborazioni con enti presenti sul territorio. Tra "
            "le azioni progettuali si segnalano: attività di conciliazione personalizzate nei periodi di chiusura "
            "delle scuole, percorsi di pedibus, azioni di integrazione dei bisogni di famiglie con congiunti "
            "fragili, straniere, monogenitoriali.</p>"
        ),
        "kinds": [CALL, TERRITORIAL],
        "objectives": ["cura-bambini-adolescenti", "cura-non-autosufficienti"],
        "actions": ["centri-ricreativi", "accompagnamento-casa-scuola"],
        "beneficiaries": ["famiglie", "bambini"],
        "partners": "Gruppi di famiglie riuniti in un Patto di rete; enti presenti sul territorio.",
        "indicators": [
            ("progetti presentati", 60, Measure.PROJECTS_SUBMITTED),
            ("progetti finanziati", 21, Measure.PROJECTS),
        ],
    },
    {
        "network": "vallecamonica-sebino",
        "slug": "buona-pratica-nonni-di-giorno",
        "title": "Progetto nonni di giorno: integrazione alle strutture di accoglienza diurne dei minori",
        "summary": (
            "Attraverso il coinvolgimento di associazioni di anziani, il progetto ha favorito il potenziamento "
            "di centri di accoglienza per minori."
        ),
        "description": (
            "<p>Attraverso il coinvolgimento di associazioni di anziani, il progetto ha favorito il potenziamento "
            "di centri di accoglienza per minori.</p>"
        ),
        "kinds": [TERRITORIAL],
        "objectives": ["cura-bambini-adolescenti"],
        "beneficiaries": ["famiglie", "bambini"],
        "partners": "Associazioni di anziani.",
    },
]
