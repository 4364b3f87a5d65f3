"""Italian stop words, accent-folded.

Derived from the Snowball project's Italian stop word list
(https://snowballstem.org/algorithms/italian/stop.txt, BSD licence, © Martin Porter
and Richard Boulton), the same list PostgreSQL's ``italian`` configuration and
Elasticsearch's ``_italian_`` stop filter use, so every backend drops the same words."""

_LIST = """
    ad al allo ai agli all agl alla alle con col coi da dal dallo dai dagli dall dagl dalla dalle
    di del dello dei degli dell degl della delle in nel nello nei negli nell negl nella nelle
    su sul sullo sui sugli sull sugl sulla sulle per tra contro
    io tu lui lei noi voi loro mio mia miei mie tuo tua tuoi tue suo sua suoi sue
    nostro nostra nostri nostre vostro vostra vostri vostre mi ti ci vi lo la li le gli ne
    il un uno una ma ed se perche anche come dov dove che chi cui non piu quale quanto quanti
    quanta quante quello quelli quella quelle questo questi questa queste si tutto tutti
    a c e i l o
    ho hai ha abbiamo avete hanno abbia abbiate abbiano avro avrai avra avremo avrete avranno
    avrei avresti avrebbe avremmo avreste avrebbero avevo avevi aveva avevamo avevate avevano
    ebbi avesti ebbe avemmo aveste ebbero avessi avesse avessimo avessero avendo avuto avuta
    avuti avute
    sono sei siamo siete sia siate siano saro sarai sara saremo sarete saranno sarei saresti
    sarebbe saremmo sareste sarebbero ero eri era eravamo eravate erano fui fosti fu fummo
    foste furono fossi fosse fossimo fossero essendo
    faccio fai facciamo fanno faccia facciate facciano faro farai fara faremo farete faranno
    farei faresti farebbe faremmo fareste farebbero facevo facevi faceva facevamo facevate
    facevano feci facesti fece facemmo faceste fecero facessi facesse facessimo facessero
    facendo
    sto stai sta stiamo stanno stia stiate stiano staro starai stara staremo starete staranno
    starei staresti starebbe staremmo stareste starebbero stavo stavi stava stavamo stavate
    stavano stetti stesti stette stemmo steste stettero stessi stesse stessimo stessero stando
"""

STOP_WORDS = frozenset(_LIST.split())

# Acronyms that end like an Italian inflection: kept whole by the stemmer, or "ISEE" would
# meet "Iseo" (both "isex"). Elasticsearch's analyzer reads the same list.
KEPT_WHOLE = frozenset(["isee"])
