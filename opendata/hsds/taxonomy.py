"""The seed's taxonomy as HSDS taxonomies and taxonomy terms: the objectives of the
agreement with their actions (one hierarchical taxonomy) and the audiences. Terms come
from the source language; their ids derive from their slugs. An objective's term links to
its page of the guide for companies, a measure's to its section there (`term_uri`); the
measure's description is the editors' one, when written."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from wagtail.models import Locale

from goodpractices.guide.addresses import measure_url, objective_page_urls
from home.models import Action, Audience, Objective
from opendata.hsds.identifiers import taxonomy_id, term_id

OBJECTIVES_TAXONOMY = "obiettivi-azioni-conciliazione"
AUDIENCES_TAXONOMY = "destinatari-conciliazione"


@dataclass(frozen=True)
class Term:
    """One taxonomy term, and how services are filtered by it (relation and slug)."""

    id: str
    name: str
    description: str
    code: str
    taxonomy_slug: str
    relation: str
    slug: str
    parent_id: str = ""
    uri: str = ""


def taxonomies():
    return [
        {
            "id": taxonomy_id(OBJECTIVES_TAXONOMY),
            "name": _("Obiettivi e azioni di conciliazione"),
            "description": _(
                "I cinque obiettivi delle Reti territoriali di conciliazione famiglia-lavoro di "
                "Regione Lombardia (DGR X/1081) e le azioni attuabili per ciascuno."
            ),
        },
        {
            "id": taxonomy_id(AUDIENCES_TAXONOMY),
            "name": _("Destinatari"),
            "description": _("A chi si rivolgono i servizi: famiglie e cittadini, lavoratori, imprese."),
        },
    ]


def taxonomy_names():
    return {taxonomy["id"]: taxonomy for taxonomy in taxonomies()}


def terms():
    """Every term, objectives each followed by their actions, then the audiences."""
    source = Locale.get_default()
    actions_of = {}
    for action in Action.objects.filter(locale=source).order_by("sort_order", "pk"):
        actions_of.setdefault(action.objective_id, []).append(action)
    guide_urls = objective_page_urls(source)
    found = []
    for objective in Objective.objects.filter(locale=source).order_by("number"):
        objective_term = Term(
            id=term_id("objective", objective.slug),
            name=objective.title,
            description=objective.description or objective.title,
            code=str(objective.number),
            taxonomy_slug=OBJECTIVES_TAXONOMY,
            relation="objectives",
            slug=objective.slug,
            uri=guide_urls.get(objective.pk, ""),
        )
        found.append(objective_term)
        for action in actions_of.get(objective.pk, []):
            found.append(
                Term(
                    id=term_id("action", action.slug),
                    name=action.title,
                    description=action.description or action.title,
                    code=f"{objective.number}.{action.sort_order + 1}",
                    taxonomy_slug=OBJECTIVES_TAXONOMY,
                    relation="actions",
                    slug=action.slug,
                    parent_id=objective_term.id,
                    uri=measure_url(objective_term.uri, action.slug),
                )
            )
    for audience in Audience.objects.filter(locale=source):
        found.append(
            Term(
                id=term_id("audience", audience.slug),
                name=audience.name,
                description=audience.description or audience.name,
                code=audience.slug,
                taxonomy_slug=AUDIENCES_TAXONOMY,
                relation="audiences",
                slug=audience.slug,
            )
        )
    return found


def term_object(term, taxonomies_by_id=None):
    """The HSDS taxonomy_term object."""
    taxonomies_by_id = taxonomies_by_id or taxonomy_names()
    taxonomy = taxonomies_by_id[taxonomy_id(term.taxonomy_slug)]
    data = {
        "id": term.id,
        "code": term.code,
        "name": term.name,
        "description": term.description,
        "taxonomy": taxonomy["name"],
        "taxonomy_id": taxonomy["id"],
        "taxonomy_detail": taxonomy,
        "language": "it",
    }
    if term.parent_id:
        data["parent_id"] = term.parent_id
    if term.uri:
        data["term_uri"] = term.uri
    return data


def service_term_keys(service):
    """(relation, slug) of every term a service is classified with."""
    return (
        [("objectives", item.slug) for item in service.objectives.all()]
        + [("actions", item.slug) for item in service.actions.all()]
        + [("audiences", item.slug) for item in service.audiences.all()]
    )
