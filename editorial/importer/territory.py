"""Whether an import's rows lie in the chosen network's territory. The project has no
network ↔ municipality data yet, so a network's territory is read as the provinces its ASL
covered (2015): a row whose municipality is in another province is flagged, not refused,
so that an editor who chose the wrong network sees it before importing."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

NETWORK_PROVINCES = {
    "bergamo": {"BG"},
    "brescia": {"BS"},
    "como": {"CO"},
    "cremona": {"CR"},
    "lecco": {"LC"},
    "lodi": {"LO"},
    "mantova": {"MN"},
    "milano": {"MI"},
    "milano-1": {"MI"},
    "milano-2": {"MI"},
    "monza-brianza": {"MB"},
    "pavia": {"PV"},
    "sondrio": {"SO"},
    "varese": {"VA"},
    "vallecamonica-sebino": {"BS", "BG"},
}
LISTED_ROWS = 10


def rows_outside(network, results):
    """(line, municipality) of the valid rows whose municipality lies outside the network's provinces."""
    provinces = NETWORK_PROVINCES.get(network.slug)
    if not provinces:
        return []
    return [
        (result.line, result.values["municipality"])
        for result in results
        if result.is_valid and result.values["municipality"].province not in provinces
    ]


def territory_warning(network, results):
    """The editor's warning, or an empty string when every row is in the network's territory."""
    outside = rows_outside(network, results)
    if not outside:
        return ""
    listed = ", ".join(
        f"{line} ({municipality.name}, {municipality.province})" for line, municipality in outside[:LISTED_ROWS]
    )
    if len(outside) > LISTED_ROWS:
        listed += " …"
    return (
        ngettext(
            "%(count)d riga ha un comune fuori dal territorio della rete %(network)s: %(rows)s.",
            "%(count)d righe hanno un comune fuori dal territorio della rete %(network)s: %(rows)s.",
            len(outside),
        )
        % {"count": len(outside), "network": network.short_name, "rows": listed}
        + " "
        + _("Controllare di aver scelto la rete giusta prima di importare.")
    )
