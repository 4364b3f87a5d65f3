"""Editorial content of the site, taken word for word (or closely paraphrased,
never extended with new facts) from the source slides in
docs/source/slides-dgr-x-1081.txt."""

from home.seed.blocks import (
    amount_breakdown,
    article,
    bar_chart,
    bullet_list,
    entry_points,
    figure,
    heading,
    key_figures,
    paragraph,
)

HOME = {
    "title": "Conciliazione Lombardia",
    "slug": "home",
    "intro": (
        "<p>Le <b>Reti territoriali di conciliazione famiglia-lavoro</b> di Regione Lombardia sono reti "
        "ampie, che coinvolgono un sempre maggiore numero di soggetti di provenienza diversa: micro, piccole "
        "e medie imprese, operatori del commercio, grandi imprese, enti no profit e imprese del terzo "
        "settore, pubblica amministrazione, organizzazioni sindacali.</p>"
    ),
    "body": [
        entry_points(
            "Da dove vuoi iniziare?",
            [
                (
                    "Famiglie e cittadini",
                    "Servizi di conciliazione del tuo territorio: per la prima infanzia, il dopo scuola, "
                    "i centri estivi, la cura di persone non autosufficienti, gli sportelli.",
                    "/servizi/",
                    "Cerca un servizio",
                ),
                (
                    "Imprese",
                    "Che cosa può fare un'impresa per conciliare famiglia e lavoro: gli obiettivi e le azioni "
                    "attuabili, gli esempi realizzati con le Reti, i servizi del territorio e un piano da stampare.",
                    "/per-le-imprese/",
                    "Vai alla guida per le imprese",
                ),
                (
                    "Redazioni delle Reti",
                    "Le redazioni delle 15 Reti aggiornano servizi e buone pratiche del proprio territorio.",
                    "/admin/",
                    "Accedi all'area redazionale",
                ),
            ],
        ),
        key_figures(
            "I numeri delle Reti territoriali di Conciliazione",
            [
                figure(15, "Reti territoriali di Conciliazione"),
                figure(57, "Partnership pubblico-private (Alleanze locali di conciliazione)"),
                figure(966, "Enti pubblici e privati aderenti alla rete"),
                figure(71, "Progetti attivati sul territorio regionale"),
            ],
        ),
        bullet_list(
            [
                "Servizi di cura e socioeducativi per l'infanzia",
                "Attività sperimentali di conciliazione famiglia-lavoro",
                "Interventi family friendly o di welfare aziendale - interaziendale",
                "Piani di congedo personalizzati maternità-paternità",
                "Misure a favore dell'occupazione nei servizi di conciliazione",
            ],
            title="I progetti attivati",
        ),
        key_figures(
            "Beneficiari raggiunti",
            [
                figure(4354, "Persone"),
                figure(542, "Imprese"),
                figure(12972, "Dipendenti delle imprese"),
            ],
            intro="Ottobre 2014 – settembre 2015",
        ),
    ],
}

AGREEMENT = {
    "title": (
        "Accordo per la valorizzazione delle politiche territoriali di conciliazione "
        "famiglia-lavoro e delle reti di imprese"
    ),
    "slug": "accordo",
    "menu_title": "L'accordo",
    "intro": (
        "<p>L'accordo regionale che sostiene le Reti territoriali di conciliazione e le Alleanze locali: "
        "i suoi obiettivi, la DGR X/1081, la programmazione sociale di Zona e le azioni delle Reti.</p>"
    ),
    "body": [
        article(
            1,
            "Obiettivi",
            [
                "Potenziare il benessere della comunità e la competitività del sistema economico territoriale;",
                "migliorare il benessere all'interno del nucleo famigliare, con particolare riferimento alla "
                "condivisione dei compiti di cura e ad una migliore bilanciamento dei tempi della famiglia con "
                "quelli lavorativi;",
                "sostenere la libera partecipazione al mercato del lavoro dei lavoratori e delle lavoratrici "
                "gravati da compiti di cura dei famigliari;",
                "facilitare la diffusione delle buone pratiche e della cultura in tema di conciliazione, delle "
                "politiche dei tempi, del secondo welfare, della valorizzazione del personale, della "
                "organizzazione del lavoro;",
                "favorire la partecipazione delle donne al mercato del lavoro.",
            ],
        ),
    ],
}

DGR_1081 = {
    "title": "DGR X/1081",
    "slug": "dgr-x-1081",
    "intro": (
        "<p>«Valorizzazione delle politiche territoriali di conciliazione, dei tempi lavorativi con le "
        "esigenze famigliari e delle imprese che offrono servizi di welfare».</p>"
    ),
    "body": [
        bullet_list(
            [
                "Reti territoriali ampie, che coinvolgono un sempre maggiore numero di stakeholder di provenienza "
                "diversa (MPMI, operatori del commercio, grandi imprese, enti no profit e imprese del terzo "
                "settore, P.A., organizzazioni sindacali…).",
                "I piani sono stati costruiti ascoltando i territori con un'analisi di contesto dettagliata, "
                "facendo emergere i bisogni dal basso.",
                "Estensione delle politiche di conciliazione all'ambito socio sanitario: partecipazione alle "
                "Alleanze di enti che gestiscono strutture sociosanitarie.",
                "Valorizzazione delle migliori sperimentazioni emerse negli anni precedenti.",
                "Sostenibilità delle azioni nel tempo sul territorio: definizione di azioni che rimarranno sul "
                "territorio a costo zero, come attività di sportelli, catalogo offerta territoriale, servizi "
                "salva tempo (ASL di Lecco); Campus gestiti da animatori/educatori e genitori volontari "
                "(ASL Milano 1).",
                "Sviluppo di nuovi servizi e professionalità per il sostegno alla flessibilità dei contesti aziendali.",
            ],
            title="Le caratteristiche",
        ),
        key_figures(
            "Risorse premiali",
            [figure("668000.00", "Risorse regionali assegnate in base agli indicatori di premialità", unit="€")],
            intro=(
                "La DGR 1081/2013 stabilisce di assegnare 668.000,00 € (risorse regionali) impegnate con la "
                "DGR in base al raggiungimento dei seguenti indicatori di premialità."
            ),
        ),
        bullet_list(
            [
                "Percentuale di co-finanziamento dei Piani territoriali di conciliazione;",
                "Variazione annuale per numero di MPMI interessate da servizi di conciliazione;",
                "Grado di interazione del Piano territoriale di conciliazione con la programmazione territoriale;",
                "Grado di integrazione con i territori limitrofi (es. reti limitrofe associate nella realizzazione "
                "del Piano di Azione);",
                "Variazione annuale del rapporto tra numero di beneficiari attesi e beneficiari raggiunti;",
                "Incremento annuale del numero di servizi di conciliazione erogati sul territorio;",
                "Incremento annuale del numero di progetti avviati;",
                "Incremento annuale del numero di azioni di flessibilità;",
                "Grado di integrazione delle politiche.",
            ],
            title="Gli indicatori di premialità",
            numbered=True,
        ),
        amount_breakdown(
            "Scomposizione delle risorse complessive",
            [("", 1643500), ("", 3375008), ("", 2838547)],
            7857055,
            intro="Risorse fisse: risorse piani territoriali (€; 2014-2015).",
            note=("Nella fonte le etichette delle tre voci non sono leggibili."),
        ),
        key_figures(
            "Risorse a luglio 2014",
            [
                figure(6217000, "A luglio 2014", unit="€", note="Voce non indicata nella fonte"),
                figure(2252000, "A luglio 2014", unit="€", note="Voce non indicata nella fonte"),
                figure(2321500, "A luglio 2014", unit="€", note="Voce non indicata nella fonte"),
            ],
            intro="La fonte riporta tre importi riferiti a luglio 2014, senza indicare a quale voce corrispondono.",
        ),
    ],
}

GUIDELINES = {
    "title": "Linee di indirizzo per la programmazione sociale a livello locale 2015-2017",
    "slug": "linee-di-indirizzo-2015-2017",
    "intro": (
        "<p>«Un welfare che crea valore per le persone, le famiglie e la comunità» – "
        "DGR n. X/2941 del 19 dicembre 2014.</p>"
    ),
    "body": [
        bullet_list(
            [
                "Riconoscimento della programmazione sociale locale e degli uffici di piano quale nodo strategico "
                "per qualificare e rafforzare l'integrazione tra i diversi soggetti del welfare locale e, insieme "
                "a questo, una considerazione paritaria di Piani di zona e ASL;",
                "Orientamento alla programmazione caratterizzato da un approccio attento all'efficacia del "
                "processo: logica premiale e di incentivo nella distribuzione delle risorse;",
                "Nuovo ruolo da parte della Regione che si propone quale soggetto paritetico nella costruzione di "
                "un processo condiviso con i territori, con un ruolo di orientamento e indirizzo sulle modalità "
                "di sviluppo e attuazione delle politiche.",
            ],
            title="I principali elementi di innovazione",
        ),
        bullet_list(
            [
                "delle conoscenze e delle informazioni, per poter meglio orientare le scelte;",
                "delle risorse investite ancorché provenienti da fonti differenti;",
                "dei diversi servizi offerti.",
            ],
            title="Priorità e obiettivi",
            intro=(
                "Superare la frammentazione che caratterizza l'attuale sistema di welfare perseguendo un "
                "obiettivo di ricomposizione su tre dimensioni principali:"
            ),
            numbered=True,
        ),
        paragraph(
            "<p>All'interno di questa priorità ciascun ambito dovrà porsi obiettivi di merito realistici e "
            "misurabili riferiti ai diversi segmenti di policy.</p>"
        ),
    ],
}

ZONE_PLAN = {
    "title": "Programmazione sociale di Zona – l.r. 3/2008",
    "slug": "piano-di-zona",
    "intro": "<p>Il Piano di Zona e il suo ruolo nelle Reti di conciliazione.</p>",
    "body": [
        paragraph(
            "<p>L'art. 18 della l.r. 3/2008 definisce il Piano di Zona come lo strumento della programmazione in "
            "ambito locale della rete d'offerta sociale e dell'attuazione dell'integrazione tra la "
            "programmazione sociale e la programmazione sociosanitaria in ambito distrettuale, anche in "
            "rapporto al sistema della sanità, dell'istruzione e della formazione, della casa e del lavoro.</p>"
            "<p>Il Piano di Zona si configura dunque come lo strumento privilegiato per conseguire forme di "
            "integrazione tra le varie politiche mediante l'analisi dei bisogni, la definizione delle priorità, "
            "la gestione innovativa, flessibile e partecipata del sistema di offerta.</p>"
        ),
        heading("La Programmazione sociale di Zona nell'ambito delle Reti di conciliazione"),
        bullet_list(
            [
                "Integrazione del Piano di Azione con la programmazione territoriale: elemento molto importante "
                "a livello di impostazione di policy.",
                "Forte valorizzazione nell'ambito della DGR X/1081: nell'oggetto e nei criteri di premialità.",
                "Evidenze anche dal monitoraggio delle Reti.",
            ],
        ),
    ],
}

NETWORK_ACTIONS = {
    "title": "Le azioni delle Reti",
    "slug": "azioni-delle-reti",
    "intro": (
        "<p>Secondo i Piani sottoscritti dalle Reti, le azioni si sono concentrate nei seguenti ambiti: "
        "realizzazione di azioni di conciliazione e azioni di accompagnamento.</p>"
    ),
    "body": [
        bar_chart(
            "Le azioni delle Reti: quota sul numero delle azioni",
            [
                ("Voucher", 23),
                ("Comunicazione", 29),
                ("Sostegno all'impresa per la realizzazione di azioni di conciliazione", 18),
            ],
            description=(
                "Elaborazioni realizzate sulla base della numerosità delle azioni, non pesate per valore economico."
            ),
            note=(
                "Il grafico della fonte comprende altre voci le cui etichette e percentuali non sono leggibili: "
                "qui sono riportate solo le tre voci indicate nel testo."
            ),
        ),
        bullet_list(
            [
                "Concentrazione sulla misura dei voucher (23%).",
                "Ampio risalto dato anche alla comunicazione (29%).",
                "Percentuali discretamente elevate per quanto riguarda il sostegno all'impresa (18%) per la "
                "realizzazione di azioni di conciliazione (sostegno di tipo organizzativo, consulenziale o "
                "formativo all'impresa che si prepara ad erogare servizi di welfare aziendale).",
            ],
            title="In sintesi",
        ),
        bullet_list(
            [
                "Per quanto concerne i voucher, l'azione si è concentrata soprattutto su bambini e ragazzi.",
                "Per quanto riguarda il sostegno all'impresa, maggiore investimento sulla consulenza e formazione "
                "per la realizzazione di servizi di welfare aziendale.",
            ],
            title="In dettaglio",
        ),
    ],
}

CONCLUSIONS = {
    "title": "Per concludere",
    "slug": "conclusioni",
    "intro": "<p>Le conclusioni del monitoraggio regionale delle Reti territoriali di conciliazione.</p>",
    "body": [
        bullet_list(
            [
                "La conciliazione e il welfare aziendale come fattore di aumento competitivo delle imprese lombarde.",
                "Conciliazione come investimento sociale per il contrasto alla povertà.",
                "La conciliazione come campo di policy trasversale.",
                "La sinergia con il privato come elemento strategico e aspetto innovativo dell'Intesa 2012.",
                "Il welfare aziendale come integrazione del welfare territoriale.",
                "Un nuovo ruolo del pubblico.",
            ],
        ),
    ],
}

AGREEMENT_CHILDREN = [DGR_1081, GUIDELINES, ZONE_PLAN, NETWORK_ACTIONS, CONCLUSIONS]

NETWORK_INDEX = {
    "title": "Le Reti territoriali di conciliazione",
    "slug": "reti",
    "menu_title": "Le Reti",
    "intro": (
        "<p>Le 15 Reti territoriali di conciliazione corrispondono ai territori delle 15 ASL lombarde. "
        "Ogni Rete riunisce enti pubblici e privati in Alleanze locali di conciliazione: in tutto 57 "
        "partnership pubblico-private e 966 enti aderenti.</p>"
    ),
    "body": [],
}

ACCESSIBILITY = {
    "title": "Dichiarazione di accessibilità",
    "slug": "dichiarazione-accessibilita",
    "intro": "<p>Regione Lombardia si impegna a rendere questo sito accessibile.</p>",
    "body": [
        paragraph(
            "<p>Il sito è progettato per essere conforme ai requisiti delle WCAG 2.1 a livello AA: usa il "
            "tema Bootstrap Italia, funziona senza JavaScript, ogni pagina ha un collegamento per saltare al "
            "contenuto e i grafici hanno un equivalente testuale in forma di tabella. Ogni modifica al codice è "
            "verificata automaticamente con lo strumento axe-core.</p>"
            "<p>La dichiarazione di accessibilità formale, compilata con la procedura di AgID, e il "
            "meccanismo di feedback non sono ancora disponibili: saranno pubblicati in questa pagina.</p>"
        ),
    ],
}

PRIVACY = {
    "title": "Informativa privacy",
    "slug": "privacy",
    "intro": "<p>Come questo sito tratta i dati di chi lo visita.</p>",
    "body": [
        paragraph(
            "<p>Il sito non usa cookie di profilazione né strumenti di tracciamento di terze parti. "
            "Sono usati solo i cookie tecnici necessari all'area redazionale (sessione e protezione dei "
            "moduli), impostati soltanto a chi accede con le proprie credenziali.</p>"
            "<p>I riferimenti del titolare del trattamento e del responsabile della protezione dei dati non "
            "sono ancora indicati in questa pagina: saranno pubblicati dalla redazione regionale.</p>"
        ),
    ],
}

LICENCE = {
    "title": "Licenza dei contenuti",
    "slug": "licenza",
    "intro": "<p>I contenuti di questo sito sono pubblicati con licenza Creative Commons Attribuzione 4.0.</p>",
    "body": [
        paragraph(
            "<p>Salvo dove diversamente indicato, testi e dati del sito sono rilasciati con licenza "
            '<a href="https://creativecommons.org/licenses/by/4.0/deed.it">Creative Commons Attribuzione 4.0 '
            "Internazionale (CC BY 4.0)</a>: si possono copiare, ridistribuire e modificare, anche a fini "
            "commerciali, citando la fonte.</p>"
        ),
    ],
}

FOOTER_PAGES = {"accessibility_page": ACCESSIBILITY, "privacy_page": PRIVACY, "licence_page": LICENCE}
