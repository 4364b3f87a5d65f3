"""The catalogue's first filter level, in the visitor's words: each need is a union of the
source's objectives, actions (measures) and audiences. Declared once, here: the filter, its
condition and the facet index read this table."""

from django.utils.translation import gettext_lazy as _

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


def need_choices():
    return [(need, label) for need, (label, _mapping) in NEEDS.items()]


def mapping_of(need):
    """{taxonomy parameter: slugs} of one need."""
    return NEEDS[need][1]
