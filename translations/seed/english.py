"""English translation memory for the seed pages and taxonomy: each Italian source
segment (as wagtail-localize extracts it) with its English translation.

Faithful translations of home/seed and the app seeds, which come from the slides in
docs/source/slides-dgr-x-1081.txt: no fact is added, every figure stays identical
(figures are numeric block values, never translated strings). Proper names (ASL,
DGR, l.r., Regione Lombardia) keep their Italian form."""

# Page slugs: English URLs under /en/. Taxonomy codes stay identical in every language.
SLUGS = {
    "home": "home-en",
    "accordo": "agreement",
    "dgr-x-1081": "dgr-x-1081",
    "linee-di-indirizzo-2015-2017": "guidelines-2015-2017",
    "piano-di-zona": "area-plan",
    "azioni-delle-reti": "network-actions",
    "conclusioni": "conclusions",
    "reti": "networks",
    "servizi": "services",
    "buone-pratiche": "good-practices",
    "per-le-imprese": "for-companies",
    "organizzazione-tempi-lavoro": "working-time-organisation",
    "percorso-professionale": "career-support",
    "liberare-tempo": "freeing-up-time",
    "cura-non-autosufficienti": "care-dependent-persons",
    "cura-bambini-adolescenti": "care-children-teenagers",
    "dichiarazione-accessibilita": "accessibility-statement",
    "privacy": "privacy",
    "licenza": "licence",
}

HOME = {
    "Conciliazione Lombardia": "Conciliazione Lombardia",
    "Le <b>Reti territoriali di conciliazione famiglia-lavoro</b> di Regione Lombardia sono reti ampie, che "
    "coinvolgono un sempre maggiore numero di soggetti di provenienza diversa: micro, piccole e medie imprese, "
    "operatori del commercio, grandi imprese, enti no profit e imprese del terzo settore, pubblica "
    "amministrazione, organizzazioni sindacali.": (
        "The <b>territorial networks for work–family balance</b> of Regione Lombardia are broad networks that "
        "involve a growing number of partners of different kinds: micro, small and medium-sized enterprises, "
        "retailers, large companies, non-profit bodies and third-sector enterprises, public administration, "
        "trade unions."
    ),
    "Da dove vuoi iniziare?": "Where would you like to start?",
    "Famiglie e cittadini": "Families and citizens",
    "Servizi di conciliazione del tuo territorio: per la prima infanzia, il dopo scuola, i centri estivi, la "
    "cura di persone non autosufficienti, gli sportelli.": (
        "Work–family balance services in your area: early childhood, after-school care, summer centres, care "
        "of dependent persons, help desks."
    ),
    "/servizi/": "/en/services/",
    "Cerca un servizio": "Find a service",
    "Imprese": "Companies",
    "Che cosa può fare un'impresa per conciliare famiglia e lavoro: gli obiettivi e le azioni attuabili, gli "
    "esempi realizzati con le Reti, i servizi del territorio e un piano da stampare.": (
        "What a company can do to balance work and family: the objectives and the measures it can take, the "
        "examples carried out with the networks, the services in its area and a plan to print."
    ),
    "/per-le-imprese/": "/en/for-companies/",
    "Vai alla guida per le imprese": "Go to the guide for companies",
    "Redazioni delle Reti": "Network editors",
    "Le redazioni delle 15 Reti aggiornano servizi e buone pratiche del proprio territorio.": (
        "The editorial teams of the 15 networks keep the services and good practices of their area up to date."
    ),
    "/admin/": "/admin/",
    "Accedi all'area redazionale": "Log in to the editors' area",
    "I numeri delle Reti territoriali di Conciliazione": "The territorial networks in figures",
    "Reti territoriali di Conciliazione": "Territorial networks for work–family balance",
    "Partnership pubblico-private (Alleanze locali di conciliazione)": (
        "Public-private partnerships (local alliances for work–family balance)"
    ),
    "Enti pubblici e privati aderenti alla rete": "Public and private bodies that are members of the network",
    "Progetti attivati sul territorio regionale": "Projects started across the region",
    "DGR X/1081 e monitoraggio delle Reti territoriali di conciliazione (slide regionali, 2015)": (
        "DGR X/1081 and monitoring of the territorial networks for work–family balance (regional slides, 2015)"
    ),
    "I progetti attivati": "The projects started",
    "Servizi di cura e socioeducativi per l'infanzia": "Care and socio-educational services for children",
    "Attività sperimentali di conciliazione famiglia-lavoro": "Pilot work–family balance activities",
    "Interventi family friendly o di welfare aziendale - interaziendale": (
        "Family-friendly or company and inter-company welfare measures"
    ),
    "Piani di congedo personalizzati maternità-paternità": "Personalised maternity and paternity leave plans",
    "Misure a favore dell'occupazione nei servizi di conciliazione": (
        "Measures supporting employment in work–family balance services"
    ),
    "Beneficiari raggiunti": "Beneficiaries reached",
    "Ottobre 2014 – settembre 2015": "October 2014 – September 2015",
    "Persone": "People",
    "Dipendenti delle imprese": "Company employees",
}

AGREEMENT = {
    "Accordo per la valorizzazione delle politiche territoriali di conciliazione famiglia-lavoro e delle reti "
    "di imprese": "Agreement for the promotion of territorial work–family balance policies and of business networks",
    "L'accordo": "The agreement",
    "L'accordo regionale che sostiene le Reti territoriali di conciliazione e le Alleanze locali: i suoi "
    "obiettivi, la DGR X/1081, la programmazione sociale di Zona e le azioni delle Reti.": (
        "The regional agreement that supports the territorial networks for work–family balance and the local "
        "alliances: its objectives, DGR X/1081, social planning by area (Piano di Zona) and the networks' actions."
    ),
    "Obiettivi": "Objectives",
    "Potenziare il benessere della comunità e la competitività del sistema economico territoriale;": (
        "Strengthen the well-being of the community and the competitiveness of the local economy;"
    ),
    "migliorare il benessere all'interno del nucleo famigliare, con particolare riferimento alla condivisione "
    "dei compiti di cura e ad una migliore bilanciamento dei tempi della famiglia con quelli lavorativi;": (
        "improve well-being within the family, with particular regard to sharing care tasks and to a better "
        "balance between family time and working time;"
    ),
    "sostenere la libera partecipazione al mercato del lavoro dei lavoratori e delle lavoratrici gravati da "
    "compiti di cura dei famigliari;": (
        "support the free participation in the labour market of workers who carry the burden of caring for "
        "family members;"
    ),
    "facilitare la diffusione delle buone pratiche e della cultura in tema di conciliazione, delle politiche "
    "dei tempi, del secondo welfare, della valorizzazione del personale, della organizzazione del lavoro;": (
        "help spread good practices and a culture of work–family balance, time policies, second welfare, "
        "staff development and work organisation;"
    ),
    "favorire la partecipazione delle donne al mercato del lavoro.": (
        "encourage the participation of women in the labour market."
    ),
    # DGR X/1081
    "DGR X/1081": "DGR X/1081",
    "«Valorizzazione delle politiche territoriali di conciliazione, dei tempi lavorativi con le esigenze "
    "famigliari e delle imprese che offrono servizi di welfare».": (
        "«Promotion of territorial policies for reconciling working time with family needs, and of companies "
        "that offer welfare services»."
    ),
    "Le caratteristiche": "Its features",
    "Reti territoriali ampie, che coinvolgono un sempre maggiore numero di stakeholder di provenienza diversa "
    "(MPMI, operatori del commercio, grandi imprese, enti no profit e imprese del terzo settore, P.A., "
    "organizzazioni sindacali…).": (
        "Broad territorial networks involving a growing number of stakeholders of different kinds (micro, small "
        "and medium-sized enterprises, retailers, large companies, non-profit bodies and third-sector "
        "enterprises, public administration, trade unions…)."
    ),
    "I piani sono stati costruiti ascoltando i territori con un'analisi di contesto dettagliata, facendo "
    "emergere i bisogni dal basso.": (
        "The plans were built by listening to each area through a detailed context analysis, bringing needs "
        "up from the ground."
    ),
    "Estensione delle politiche di conciliazione all'ambito socio sanitario: partecipazione alle Alleanze di "
    "enti che gestiscono strutture sociosanitarie.": (
        "Work–family balance policies extended to social and health care: bodies that run social and health "
        "care facilities take part in the alliances."
    ),
    "Valorizzazione delle migliori sperimentazioni emerse negli anni precedenti.": (
        "Building on the best pilot projects of previous years."
    ),
    "Sostenibilità delle azioni nel tempo sul territorio: definizione di azioni che rimarranno sul territorio "
    "a costo zero, come attività di sportelli, catalogo offerta territoriale, servizi salva tempo (ASL di "
    "Lecco); Campus gestiti da animatori/educatori e genitori volontari (ASL Milano 1).": (
        "Long-term sustainability of the actions in each area: actions designed to remain in place at no cost, "
        "such as help desks, a catalogue of the local offer, time-saving services (ASL di Lecco); campuses run "
        "by youth workers/educators and volunteer parents (ASL Milano 1)."
    ),
    "Sviluppo di nuovi servizi e professionalità per il sostegno alla flessibilità dei contesti aziendali.": (
        "Development of new services and skills to support flexibility in the workplace."
    ),
    "Risorse premiali": "Performance-based resources",
    "La DGR 1081/2013 stabilisce di assegnare 668.000,00 € (risorse regionali) impegnate con la DGR in base al "
    "raggiungimento dei seguenti indicatori di premialità.": (
        "DGR 1081/2013 allocates €668,000.00 (regional resources), committed by the DGR, according to the "
        "achievement of the following performance indicators."
    ),
    "€": "€",
    "%": "%",
    "Risorse regionali assegnate in base agli indicatori di premialità": (
        "Regional resources allocated according to the performance indicators"
    ),
    "Gli indicatori di premialità": "The performance indicators",
    "Percentuale di co-finanziamento dei Piani territoriali di conciliazione;": (
        "Co-financing percentage of the territorial work–family balance plans;"
    ),
    "Variazione annuale per numero di MPMI interessate da servizi di conciliazione;": (
        "Annual change in the number of micro, small and medium-sized enterprises reached by work–family "
        "balance services;"
    ),
    "Grado di interazione del Piano territoriale di conciliazione con la programmazione territoriale;": (
        "Degree of interaction of the territorial work–family balance plan with local planning;"
    ),
    "Grado di integrazione con i territori limitrofi (es. reti limitrofe associate nella realizzazione del "
    "Piano di Azione);": (
        "Degree of integration with neighbouring areas (e.g. neighbouring networks joining in carrying out the "
        "Action Plan);"
    ),
    "Variazione annuale del rapporto tra numero di beneficiari attesi e beneficiari raggiunti;": (
        "Annual change in the ratio between expected and reached beneficiaries;"
    ),
    "Incremento annuale del numero di servizi di conciliazione erogati sul territorio;": (
        "Annual increase in the number of work–family balance services provided in the area;"
    ),
    "Incremento annuale del numero di progetti avviati;": "Annual increase in the number of projects started;",
    "Incremento annuale del numero di azioni di flessibilità;": (
        "Annual increase in the number of flexibility actions;"
    ),
    "Grado di integrazione delle politiche.": "Degree of policy integration.",
    "Scomposizione delle risorse complessive": "Breakdown of the total resources",
    "Risorse fisse: risorse piani territoriali (€; 2014-2015).": (
        "Fixed resources: territorial plan resources (€; 2014-2015)."
    ),
    "Nella fonte le etichette delle tre voci non sono leggibili.": (
        "The labels of the three items cannot be read in the source."
    ),
    "Risorse a luglio 2014": "Resources in July 2014",
    "La fonte riporta tre importi riferiti a luglio 2014, senza indicare a quale voce corrispondono.": (
        "The source gives three amounts for July 2014 without stating which item each refers to."
    ),
    "A luglio 2014": "In July 2014",
    "Voce non indicata nella fonte": "Item not stated in the source",
    # Guidelines 2015-2017
    "Linee di indirizzo per la programmazione sociale a livello locale 2015-2017": (
        "Guidelines for local social planning 2015-2017"
    ),
    "«Un welfare che crea valore per le persone, le famiglie e la comunità» – DGR n. X/2941 del 19 dicembre "
    "2014.": "«A welfare that creates value for people, families and the community» – DGR no. X/2941 of "
    "19 December 2014.",
    "I principali elementi di innovazione": "The main innovations",
    "Riconoscimento della programmazione sociale locale e degli uffici di piano quale nodo strategico per "
    "qualificare e rafforzare l'integrazione tra i diversi soggetti del welfare locale e, insieme a questo, una "
    "considerazione paritaria di Piani di zona e ASL;": (
        "Recognition of local social planning and of the planning offices as a strategic hub for improving and "
        "strengthening integration among the different players of local welfare and, together with this, equal "
        "standing for the area plans (Piani di Zona) and the ASL;"
    ),
    "Orientamento alla programmazione caratterizzato da un approccio attento all'efficacia del processo: logica "
    "premiale e di incentivo nella distribuzione delle risorse;": (
        "A planning approach focused on the effectiveness of the process: rewards and incentives in the "
        "allocation of resources;"
    ),
    "Nuovo ruolo da parte della Regione che si propone quale soggetto paritetico nella costruzione di un "
    "processo condiviso con i territori, con un ruolo di orientamento e indirizzo sulle modalità di sviluppo e "
    "attuazione delle politiche.": (
        "A new role for the Region, which acts as an equal partner in building a process shared with the local "
        "areas, guiding and steering how policies are developed and implemented."
    ),
    "Priorità e obiettivi": "Priorities and objectives",
    "Superare la frammentazione che caratterizza l'attuale sistema di welfare perseguendo un obiettivo di "
    "ricomposizione su tre dimensioni principali:": (
        "Overcome the fragmentation of the current welfare system by bringing it back together along three "
        "main dimensions:"
    ),
    "delle conoscenze e delle informazioni, per poter meglio orientare le scelte;": (
        "knowledge and information, to guide choices better;"
    ),
    "delle risorse investite ancorché provenienti da fonti differenti;": (
        "the resources invested, even when they come from different sources;"
    ),
    "dei diversi servizi offerti.": "the different services offered.",
    "All'interno di questa priorità ciascun ambito dovrà porsi obiettivi di merito realistici e misurabili "
    "riferiti ai diversi segmenti di policy.": (
        "Within this priority each area must set itself realistic and measurable objectives for the different "
        "policy segments."
    ),
    # Piano di Zona
    "Programmazione sociale di Zona – l.r. 3/2008": "Social planning by area (Piano di Zona) – l.r. 3/2008",
    "Il Piano di Zona e il suo ruolo nelle Reti di conciliazione.": (
        "The area plan (Piano di Zona) and its role in the networks for work–family balance."
    ),
    "L'art. 18 della l.r. 3/2008 definisce il Piano di Zona come lo strumento della programmazione in ambito "
    "locale della rete d'offerta sociale e dell'attuazione dell'integrazione tra la programmazione sociale e la "
    "programmazione sociosanitaria in ambito distrettuale, anche in rapporto al sistema della sanità, "
    "dell'istruzione e della formazione, della casa e del lavoro.": (
        "Article 18 of l.r. 3/2008 defines the area plan (Piano di Zona) as the tool for planning the local "
        "network of social services and for integrating social planning with social and health planning at "
        "district level, also in relation to the health, education and training, housing and employment "
        "systems."
    ),
    "Il Piano di Zona si configura dunque come lo strumento privilegiato per conseguire forme di integrazione "
    "tra le varie politiche mediante l'analisi dei bisogni, la definizione delle priorità, la gestione "
    "innovativa, flessibile e partecipata del sistema di offerta.": (
        "The area plan is therefore the preferred tool for integrating the various policies through needs "
        "analysis, the setting of priorities, and innovative, flexible and participatory management of the "
        "services on offer."
    ),
    "La Programmazione sociale di Zona nell'ambito delle Reti di conciliazione": (
        "Social planning by area within the networks for work–family balance"
    ),
    "Integrazione del Piano di Azione con la programmazione territoriale: elemento molto importante a livello "
    "di impostazione di policy.": (
        "Integration of the Action Plan with local planning: a very important element in how the policy is set up."
    ),
    "Forte valorizzazione nell'ambito della DGR X/1081: nell'oggetto e nei criteri di premialità.": (
        "Strongly emphasised in DGR X/1081: in its subject and in its performance criteria."
    ),
    "Evidenze anche dal monitoraggio delle Reti.": "Also borne out by the monitoring of the networks.",
    # The networks' actions
    "Le azioni delle Reti": "The networks' actions",
    "Secondo i Piani sottoscritti dalle Reti, le azioni si sono concentrate nei seguenti ambiti: realizzazione "
    "di azioni di conciliazione e azioni di accompagnamento.": (
        "According to the plans signed by the networks, the actions concentrated on the following areas: "
        "work–family balance actions and support actions."
    ),
    "Le azioni delle Reti: quota sul numero delle azioni": "The networks' actions: share of the number of actions",
    "Elaborazioni realizzate sulla base della numerosità delle azioni, non pesate per valore economico.": (
        "Calculated on the number of actions, not weighted by economic value."
    ),
    "Voucher": "Vouchers",
    "Comunicazione": "Communication",
    "Sostegno all'impresa per la realizzazione di azioni di conciliazione": (
        "Support to companies for carrying out work–family balance actions"
    ),
    "Il grafico della fonte comprende altre voci le cui etichette e percentuali non sono leggibili: qui sono "
    "riportate solo le tre voci indicate nel testo.": (
        "The chart in the source includes other items whose labels and percentages cannot be read: only the "
        "three items stated in the text are shown here."
    ),
    "In sintesi": "In short",
    "Concentrazione sulla misura dei voucher (23%).": "Focus on the voucher measure (23%).",
    "Ampio risalto dato anche alla comunicazione (29%).": "Strong emphasis also on communication (29%).",
    "Percentuali discretamente elevate per quanto riguarda il sostegno all'impresa (18%) per la realizzazione "
    "di azioni di conciliazione (sostegno di tipo organizzativo, consulenziale o formativo all'impresa che si "
    "prepara ad erogare servizi di welfare aziendale).": (
        "Fairly high shares for support to companies (18%) for carrying out work–family balance actions "
        "(organisational, advisory or training support to companies preparing to provide company welfare "
        "services)."
    ),
    "In dettaglio": "In detail",
    "Per quanto concerne i voucher, l'azione si è concentrata soprattutto su bambini e ragazzi.": (
        "As for vouchers, the action focused mainly on children and young people."
    ),
    "Per quanto riguarda il sostegno all'impresa, maggiore investimento sulla consulenza e formazione per la "
    "realizzazione di servizi di welfare aziendale.": (
        "As for support to companies, the main investment went into advice and training for setting up "
        "company welfare services."
    ),
    # Conclusions
    "Per concludere": "Conclusions",
    "Le conclusioni del monitoraggio regionale delle Reti territoriali di conciliazione.": (
        "The conclusions of the regional monitoring of the territorial networks for work–family balance."
    ),
    "La conciliazione e il welfare aziendale come fattore di aumento competitivo delle imprese lombarde.": (
        "Work–family balance and company welfare as a factor in the competitiveness of Lombard companies."
    ),
    "Conciliazione come investimento sociale per il contrasto alla povertà.": (
        "Work–family balance as a social investment against poverty."
    ),
    "La conciliazione come campo di policy trasversale.": "Work–family balance as a cross-cutting policy field.",
    "La sinergia con il privato come elemento strategico e aspetto innovativo dell'Intesa 2012.": (
        "Synergy with the private sector as a strategic element and an innovative feature of the 2012 agreement "
        "(Intesa)."
    ),
    "Il welfare aziendale come integrazione del welfare territoriale.": (
        "Company welfare as a complement to territorial welfare."
    ),
    "Un nuovo ruolo del pubblico.": "A new role for the public sector.",
}

INDEXES = {
    "Le Reti territoriali di conciliazione": "The territorial networks for work–family balance",
    "Le Reti": "The networks",
    "Le 15 Reti territoriali di conciliazione corrispondono ai territori delle 15 ASL lombarde. Ogni Rete "
    "riunisce enti pubblici e privati in Alleanze locali di conciliazione: in tutto 57 partnership "
    "pubblico-private e 966 enti aderenti.": (
        "The 15 territorial networks for work–family balance match the areas of the 15 Lombard local health "
        "authorities (ASL). Each network brings public and private bodies together in local alliances for "
        "work–family balance: 57 public-private partnerships and 966 member bodies in all."
    ),
    "Servizi di conciliazione": "Work–family balance services",
    "I servizi di conciliazione famiglia-lavoro delle Reti territoriali: per le famiglie (prima infanzia, dopo "
    "scuola, centri estivi, cura di persone non autosufficienti, sportelli, voucher) e per le imprese (welfare "
    "aziendale).": (
        "The work–family balance services of the territorial networks: for families (early childhood, "
        "after-school care, summer centres, care of dependent persons, help desks, vouchers) and for companies "
        "(company welfare)."
    ),
    "Buone pratiche": "Good practices",
    "Esempi di buone prassi di welfare aziendale e territoriale dell'intesa conciliazione 2010-2012, segnalate "
    "dalle Reti e inserite all'interno della DGR X/1081.": (
        "Examples of good practice in company and territorial welfare from the 2010-2012 work–family balance "
        "agreement (intesa), reported by the networks and included in DGR X/1081."
    ),
    "Le buone prassi dell'intesa 2010-2012": "The good practices of the 2010-2012 agreement",
    "Per le imprese": "For companies",
    "È possibile realizzare diversi tipi di azione di promozione della conciliazione famiglia-lavoro che "
    "impattano positivamente sul benessere sul luogo di lavoro.": (
        "Many kinds of action promoting work–family balance can be carried out, with a positive impact on "
        "well-being at the workplace."
    ),
    "Le buone prassi sono state segnalate dalle Reti ed inserite all’interno della DGR X/1081.": (
        "The good practices were reported by the networks and included in DGR X/1081."
    ),
    "Sono eterogenee e prevedono azioni molto diverse.": "They are heterogeneous and involve very different actions.",
    "7 Reti su 13 segnalano buone prassi che riguardano iniziative di welfare aziendale o l’introduzione di "
    "modalità di lavoro family friendly.": (
        "7 networks out of 13 report good practices concerning company welfare initiatives or the introduction "
        "of family-friendly ways of working."
    ),
    "I progetti di welfare aziendale possono includere più di un’azione diretta e prevedere quindi la "
    "realizzazione di più interventi contemporaneamente.": (
        "Company welfare projects may include more than one direct action and therefore carry out several "
        "interventions at the same time."
    ),
    "Sono frequenti anche interventi di accompagnamento alle imprese che si accingono a realizzare azioni di "
    "welfare.": ("Support to companies preparing to introduce welfare actions is also frequent."),
}

FOOTER = {
    "Dichiarazione di accessibilità": "Accessibility statement",
    "Regione Lombardia si impegna a rendere questo sito accessibile.": (
        "Regione Lombardia is committed to making this site accessible."
    ),
    "Il sito è progettato per essere conforme ai requisiti delle WCAG 2.1 a livello AA: usa il tema Bootstrap "
    "Italia, funziona senza JavaScript, ogni pagina ha un collegamento per saltare al contenuto e i grafici "
    "hanno un equivalente testuale in forma di tabella. Ogni modifica al codice è verificata automaticamente "
    "con lo strumento axe-core.": (
        "The site is designed to meet the requirements of WCAG 2.1 level AA: it uses the Bootstrap Italia theme, "
        "works without JavaScript, every page has a link to skip to the content and the charts have a text "
        "equivalent in the form of a table. Every change to the code is checked automatically with the axe-core "
        "tool."
    ),
    "La dichiarazione di accessibilità formale, compilata con la procedura di AgID, e il meccanismo di feedback "
    "non sono ancora disponibili: saranno pubblicati in questa pagina.": (
        "The formal accessibility statement, drawn up with AgID's procedure, and the feedback mechanism are not "
        "yet available: they will be published on this page."
    ),
    "Informativa privacy": "Privacy notice",
    "Come questo sito tratta i dati di chi lo visita.": "How this site handles its visitors' data.",
    "Il sito non usa cookie di profilazione né strumenti di tracciamento di terze parti. Sono usati solo i "
    "cookie tecnici necessari all'area redazionale (sessione e protezione dei moduli), impostati soltanto a chi "
    "accede con le proprie credenziali.": (
        "The site uses no profiling cookies and no third-party tracking tools. Only the technical cookies needed "
        "by the editors' area (session and form protection) are used, and they are set only for people who log "
        "in with their own credentials."
    ),
    "I riferimenti del titolare del trattamento e del responsabile della protezione dei dati non sono ancora "
    "indicati in questa pagina: saranno pubblicati dalla redazione regionale.": (
        "The contact details of the data controller and of the data protection officer are not yet given on "
        "this page: they will be published by the regional editors."
    ),
    "Licenza dei contenuti": "Content licence",
    "I contenuti di questo sito sono pubblicati con licenza Creative Commons Attribuzione 4.0.": (
        "The content of this site is published under the Creative Commons Attribution 4.0 licence."
    ),
    'Salvo dove diversamente indicato, testi e dati del sito sono rilasciati con licenza <a id="a1">Creative '
    "Commons Attribuzione 4.0 Internazionale (CC BY 4.0)</a>: si possono copiare, ridistribuire e modificare, "
    "anche a fini commerciali, citando la fonte.": (
        'Unless stated otherwise, the texts and data of this site are released under the <a id="a1">Creative '
        "Commons Attribution 4.0 International (CC BY 4.0)</a> licence: they may be copied, redistributed and "
        "adapted, also for commercial purposes, provided the source is credited."
    ),
}

TAXONOMY = {
    "Migliorare l'organizzazione e ottimizzare i tempi di lavoro": "Improve organisation and optimise working time",
    "Telelavoro": "Teleworking",
    "Smartworking": "Smart working",
    "Job sharing": "Job sharing",
    "Co-work": "Co-working",
    "Flessibilità oraria in entrata/uscita e pausa pranzo": "Flexible start, finish and lunch-break times",
    "Permessi e/o riduzione temporanea delle ore di lavoro": "Leave and/or temporary reduction of working hours",
    "Sostenere il percorso professionale dei lavoratori": "Support workers' careers",
    "Sostegno al rientro dei dipendenti dalla maternità, congedi parentali o da lunghi periodi di assenza per "
    "malattia": "Support for employees returning from maternity, parental leave or long periods of sick leave",
    "Servizi di counselling": "Counselling services",
    "Liberare il tempo dedicato allo svolgimento di lavori domestici e al disbrigo di commissioni": (
        "Free up the time spent on housework and errands"
    ),
    "Maggiordomo aziendale": "Company concierge",
    "Servizio di lavanderia/stireria con consegna in azienda": "Laundry/ironing service with delivery at work",
    "Servizio di disbrigo di pratiche e commissioni all'interno dell'azienda (quali esami, visite mediche, "
    "etc.)": "Paperwork and errands service inside the company (such as medical tests, medical visits, etc.)",
    "Spesa online con consegna in azienda o servizio di take away": (
        "Online grocery shopping delivered at work or take-away service"
    ),
    "Modelli organizzativi di semplificazione e facilitazione di accesso a servizi per il welfare (quali "
    "sportelli di orientamento ai servizi, etc.)": (
        "Organisational models that simplify and ease access to welfare services (such as service guidance desks, etc.)"
    ),
    "Supportare i lavoratori nella gestione del carico di cura – persone non autosufficienti (anziani o "
    "disabili)": "Support workers with their care responsibilities – dependent persons (elderly or disabled)",
    "Assistenza domiciliare": "Home care",
    "Accompagnamento o disbrigo pratiche": "Accompaniment or help with paperwork",
    "Servizi di pulizia per la casa delle persone anziane e/o disabili": (
        "Home cleaning services for elderly and/or disabled persons"
    ),
    "Supportare i lavoratori nella gestione del carico di cura – bambini o adolescenti": (
        "Support workers with their care responsibilities – children or teenagers"
    ),
    "Piani di congedo": "Leave plans",
    "Nido aziendale": "Company nursery",
    "Servizio di baby sitting nei casi di emergenza o imprevisti": (
        "Baby-sitting service for emergencies or unexpected events"
    ),
    "Servizio di accompagnamento casa-scuola-attività extrascolastica": (
        "Accompaniment between home, school and after-school activities"
    ),
    "Servizi di dopo scuola e supporto allo studio": "After-school and homework support services",
    "Centri ricreativi aperti nei periodi di chiusura delle scuole a disposizione dei figli dei dipendenti": (
        "Recreation centres open during school holidays for employees' children"
    ),
    "Lavoratrici e lavoratori": "Workers",
}


# Taxonomy codes in English: the English filter addresses read in English, and a code
# names one object (codes are unique per language only).
TAXONOMY_CODES = {
    "organizzazione-tempi-lavoro": "working-time-organisation",
    "telelavoro": "teleworking",
    "smart-working": "agile-working",
    "job-sharing": "job-share",
    "co-work": "co-working",
    "flessibilita-oraria": "flexible-hours",
    "permessi-riduzione-orario": "leave-reduced-hours",
    "percorso-professionale": "career-support",
    "rientro-maternita": "return-from-leave",
    "counselling": "counselling-services",
    "liberare-tempo": "freeing-up-time",
    "maggiordomo-aziendale": "company-concierge",
    "lavanderia-stireria": "laundry-ironing",
    "disbrigo-pratiche": "paperwork-errands",
    "spesa-online": "online-shopping",
    "sportelli-orientamento": "guidance-desks",
    "cura-non-autosufficienti": "care-dependent-persons",
    "assistenza-domiciliare": "home-care",
    "accompagnamento-pratiche": "accompaniment-paperwork",
    "pulizia-casa": "home-cleaning",
    "cura-bambini-adolescenti": "care-children-teenagers",
    "piani-congedo": "leave-plans",
    "nido-aziendale": "company-nursery",
    "baby-sitting-emergenza": "emergency-babysitting",
    "accompagnamento-casa-scuola": "home-school-accompaniment",
    "dopo-scuola": "after-school",
    "centri-ricreativi": "holiday-centres",
    "famiglie": "families",
    "lavoratori": "workers",
    "imprese": "companies",
}


def translation_memory():
    """Every Italian segment of the seed pages and taxonomy with its English translation."""
    return {**HOME, **AGREEMENT, **INDEXES, **FOOTER, **TAXONOMY, **SLUGS, **TAXONOMY_CODES}
