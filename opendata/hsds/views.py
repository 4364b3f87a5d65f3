"""Open Referral HSDS 3.0 API at /open-data/hsds/: `/` (about), `/services` (paged,
filters search, taxonomy_term_id, taxonomy_id, organization_id, modified_after; `full`
for fully nested services), `/services/{id}`, `/taxonomies`, `/taxonomy_terms` (filters
taxonomy_id, parent_id, top_only, search) and their `{id}` pages, `/openapi.json`."""

from functools import wraps
from pathlib import Path

from django.apps import apps
from django.http import FileResponse, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from home.site_url import absolute_url
from opendata.caching import public_cache
from opendata.hsds import params
from opendata.hsds.identifiers import is_uuid, normalised_name, organization_id, taxonomy_id
from opendata.hsds.pagination import paginate
from opendata.hsds.services import service_detail, service_summary
from opendata.hsds.taxonomy import taxonomies, taxonomy_names, term_object, terms
from opendata.sources import published_services
from opendata.throttling import rate_limited
from search.entry import search

HSDS_VERSION = "3.0"
PROFILE_URL = "https://github.com/openreferral/specification/tree/3.0"
OPENAPI_FILE = Path(__file__).with_name("openapi.json")
MAX_SEARCH_RESULTS = 10_000


def json_response(data, status=200):
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def not_found(message):
    return json_response({"message": message}, status=404)


def hsds_view(view):
    """GET only, rate limited, cacheable; a bad parameter is a 400 with its message."""

    @require_GET
    @rate_limited
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            response = view(request, *args, **kwargs)
        except params.BadParameter as error:
            return json_response({"message": str(error)}, status=400)
        return public_cache(response)

    return wrapper


@hsds_view
def about(request):
    return json_response(
        {
            "version": HSDS_VERSION,
            "profile": PROFILE_URL,
            "openapi_url": absolute_url(reverse("hsds:openapi")),
            "description": _(
                "Il catalogo dei servizi di conciliazione famiglia-lavoro delle Reti territoriali "
                "lombarde secondo lo standard Open Referral HSDS 3.0."
            ),
            "licence": "https://creativecommons.org/licenses/by/4.0/",
            "services_url": absolute_url(reverse("hsds:services")),
            "taxonomies_url": absolute_url(reverse("hsds:taxonomies")),
            "taxonomy_terms_url": absolute_url(reverse("hsds:taxonomy_terms")),
        }
    )


@require_GET
@rate_limited
def openapi(request):
    """The official HSDS 3.0 OpenAPI description this API follows (CC BY-SA 4.0, Open Referral)."""
    return public_cache(FileResponse(OPENAPI_FILE.open("rb"), content_type="application/json"))


@hsds_view
def services(request):
    full = params.boolean(request, "full")
    services = filtered_services(request, with_relations=full)
    if full:
        all_terms = terms()
        return json_response(paginate(request, services, lambda item: service_detail(item, request, all_terms)))
    return json_response(paginate(request, services, lambda item: service_summary(item, request)))


@hsds_view
def service(request, service_id):
    found = published_services().filter(uuid=service_id).first() if is_uuid(service_id) else None
    if found is None:
        return not_found(_("Nessun servizio pubblicato con questo identificativo."))
    return json_response(service_detail(found, request))


def filtered_services(request, with_relations):
    services = published_services(with_relations)
    query = params.text(request, "search")
    if query:
        services = services.filter(pk__in=search_ids(query))
    term_id = params.uuid(request, "taxonomy_term_id")
    if term_id:
        services = services.filter(pk__in=ids_with_terms([term for term in terms() if term.id == term_id]))
    vocabulary_id = params.uuid(request, "taxonomy_id")
    if vocabulary_id:
        chosen = [term for term in terms() if taxonomy_id(term.taxonomy_slug) == vocabulary_id]
        services = services.filter(pk__in=ids_with_terms(chosen))
    org_id = params.uuid(request, "organization_id")
    if org_id:
        services = services.filter(pk__in=ids_of_organization(org_id))
    modified_after = params.moment(request, "modified_after")
    if modified_after:
        services = services.filter(last_published_at__gte=modified_after)
    return services.order_by("title", "pk")


def service_model():
    return apps.get_model("services_catalog", "ServicePage")


def search_ids(query):
    matches = search(service_model().objects.live(), query)[:MAX_SEARCH_RESULTS]
    return [page.pk for page in matches]


def ids_with_terms(chosen):
    model = service_model()
    matching = model.objects.none()
    for term in chosen:
        matching |= model.objects.filter(**{f"{term.relation}__slug": term.slug})
    return list(matching.values_list("pk", flat=True))


def ids_of_organization(org_id):
    names = published_services(False).order_by().values_list("provider_name", flat=True).distinct()
    wanted = {normalised_name(name) for name in names if name.strip() and organization_id(name) == org_id}
    return [
        pk
        for pk, name in published_services(False).order_by().values_list("pk", "provider_name")
        if normalised_name(name) in wanted
    ]


@hsds_view
def taxonomy_list(request):
    query = params.text(request, "search").casefold()
    found = [item for item in taxonomies() if query in item["name"].casefold()]
    return json_response(paginate(request, found, lambda item: item))


@hsds_view
def taxonomy_detail(request, item_id):
    found = taxonomy_names().get(item_id.lower())
    if found is None:
        return not_found(_("Nessuna tassonomia con questo identificativo."))
    return json_response(found)


@hsds_view
def taxonomy_term_list(request):
    found = terms()
    query = params.text(request, "search").casefold()
    if query:
        found = [term for term in found if query in term.name.casefold() or query in term.code.casefold()]
    vocabulary_id = params.uuid(request, "taxonomy_id")
    if vocabulary_id:
        found = [term for term in found if taxonomy_id(term.taxonomy_slug) == vocabulary_id]
    parent_id = params.uuid(request, "parent_id")
    if parent_id:
        found = [term for term in found if term.parent_id == parent_id]
    if params.boolean(request, "top_only"):
        found = [term for term in found if not term.parent_id]
    vocabularies = taxonomy_names()
    return json_response(paginate(request, found, lambda term: term_object(term, vocabularies)))


@hsds_view
def taxonomy_term_detail(request, item_id):
    found = next((term for term in terms() if term.id == item_id.lower()), None)
    if found is None:
        return not_found(_("Nessun termine con questo identificativo."))
    return json_response(term_object(found))
