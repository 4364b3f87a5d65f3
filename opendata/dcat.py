"""The catalogue of /open-data/ in machine-readable form: DCAT-AP_IT as JSON-LD at
/open-data/catalogo.jsonld, for harvesters of national and regional portals."""

from django.http import JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.models import Site

from home.models import SiteSettings
from home.site_url import absolute_url
from opendata.caching import public_cache
from opendata.catalogue import datasets
from opendata.throttling import rate_limited

CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "dcatapit": "http://dati.gov.it/onto/dcatapit#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
ITALIAN = {"@id": "http://publications.europa.eu/resource/authority/language/ITA"}


def when(moment):
    return {"@value": moment.isoformat(), "@type": "xsd:dateTime"} if moment else None


def agent(name):
    return {"@type": ["foaf:Agent", "dcatapit:Agent"], "foaf:name": name}


def distribution(item, licence, request):
    url = absolute_url(item.url)
    return {
        "@type": ["dcat:Distribution", "dcatapit:Distribution"],
        "dct:title": str(item.title),
        "dcat:accessURL": {"@id": url},
        "dcat:downloadURL": {"@id": url},
        "dct:format": {"@id": item.format_uri},
        "dcat:mediaType": item.media_type,
        "dct:license": {"@id": licence["url"], "@type": ["dct:LicenseDocument", "dcatapit:LicenseDocument"]},
    }


def dataset_node(dataset, publisher, request, catalogue_url):
    node = {
        "@id": f"{catalogue_url}#{dataset.identifier}",
        "@type": ["dcat:Dataset", "dcatapit:Dataset"],
        "dct:identifier": dataset.identifier,
        "dct:title": str(dataset.title),
        "dct:description": str(dataset.description),
        "dct:publisher": agent(publisher),
        "dct:rightsHolder": agent(publisher),
        "dct:accrualPeriodicity": {"@id": dataset.frequency["uri"]},
        "dcat:theme": {"@id": dataset.theme["uri"]},
        "dcat:keyword": [str(keyword) for keyword in dataset.keywords],
        "dct:language": ITALIAN,
        "dcat:landingPage": {"@id": absolute_url(reverse("open_data"))},
        "dcat:distribution": [distribution(item, dataset.licence, request) for item in dataset.distributions],
    }
    if dataset.modified:
        node["dct:modified"] = when(dataset.modified)
    return node


@require_GET
@rate_limited
def catalogue_jsonld(request):
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    publisher = SiteSettings.for_site(site).organisation_name
    catalogue_url = absolute_url(reverse("opendata_catalogue"))
    described = datasets()
    nodes = [dataset_node(dataset, publisher, request, catalogue_url) for dataset in described]
    modified = [dataset.modified for dataset in described if dataset.modified]
    catalogue = {
        "@context": CONTEXT,
        "@id": catalogue_url,
        "@type": ["dcat:Catalog", "dcatapit:Catalog"],
        "dct:title": "Conciliazione Lombardia: dati aperti",
        "dct:description": "Servizi e buone pratiche delle Reti territoriali di conciliazione famiglia-lavoro.",
        "dct:publisher": agent(publisher),
        "dct:language": ITALIAN,
        "foaf:homepage": {"@id": absolute_url("/")},
        "dcat:dataset": nodes,
    }
    if modified:
        catalogue["dct:modified"] = when(max(modified))
    response = JsonResponse(catalogue, content_type="application/ld+json", json_dumps_params={"ensure_ascii": False})
    return public_cache(response)
