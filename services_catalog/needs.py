"""The catalogue's first filter level, in the visitor's words: each need is a union of the
source's objectives, actions (measures) and audiences. Declared once, here: the filter, its
condition and the facet index read this table."""

from django.utils.translation import gettext_lazy as _

from search.analysis import stems

# need (the URL's value) -> (label, {taxonomy parameter: slugs}); a service matches a need when
# it has any one of the values listed.
NEEDS = {
    "nido-prima-infanzia": (
        _("Nido e prima infanzia"),
        {"azione": ["nido-aziendale", "baby-sitting-emergenza"]},
    ),
    "dopo-scuola": (
        _("Dopo scuola"),
        {"azione": ["dopo-scuola", "accompagnamento-casa-scuola"]},
    ),
    "centri-estivi": (
        _("Centri estivi"),
        {"azione": ["centri-ricreativi"]},
    ),
    "anziani-disabili": (
        _("Assistenza ad anziani e disabili"),
        {"obiettivo": ["cura-non-autosufficienti"]},
    ),
    "sportelli": (
        _("Sportelli"),
        {"azione": ["sportelli-orientamento", "disbrigo-pratiche"]},
    ),
    "imprese": (
        _("Per le imprese"),
        {"destinatari": ["imprese"]},
    ),
}


# What people type when they look for a need (site search offers the need's results near them),
# in Italian and in English (an English search is sent to the Italian catalogue): each entry
# matches a text holding all its words, after folding and light Italian stemming (English
# plurals are listed), or a thesaurus equivalent of them.
TYPED_WORDS = {
    "nido-prima-infanzia": (
        *("nido", "asilo", "prima infanzia", "baby sitting", "babysitter"),
        *("nursery", "nurseries", "childcare", "daycare", "day care"),
    ),
    "dopo-scuola": (
        *("doposcuola", "dopo scuola", "pre scuola", "post scuola", "prescuola"),
        *("after school", "afterschool"),
    ),
    "centri-estivi": (
        *("centro estivo", "campo estivo", "grest", "colonia estiva"),
        *("summer camp", "summer camps", "summer centre", "summer centres"),
    ),
    "anziani-disabili": (
        *("anziano", "disabile", "badante", "non autosufficiente", "assistenza domiciliare"),
        *("elderly", "disabled", "disability", "carer", "caregiver", "home care"),
    ),
    "sportelli": ("sportello", "help desk", "help desks"),
    "imprese": ("welfare aziendale", "impresa", "azienda", "company welfare"),
}
# At most this many needs offered for one text (a text naming many is not about one need).
MAX_TYPED_NEEDS = 2


def need_choices():
    return [(need, label) for need, (label, _mapping) in NEEDS.items()]


def mapping_of(need):
    """{taxonomy parameter: slugs} of one need."""
    return NEEDS[need][1]


def needs_typed_in(text_stems):
    """The needs (value, label) of which `text_stems` (the stems a searched text may match,
    search.query.query_stems) hold every word of one typed entry."""
    found = [
        (need, NEEDS[need][0])
        for need, entries in TYPED_WORDS.items()
        if any(set(stems(entry)) <= text_stems for entry in entries)
    ]
    return found if len(found) <= MAX_TYPED_NEEDS else []
