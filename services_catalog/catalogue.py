"""The catalogue page's state from the GET parameters: text query, filters, facet counts,
sorting and pagination. All state lives in the URL; a bad filter value is dropped and
reported in the form (home.listing's policy: the page answers 400 and shows what the other
filters find); a bad page number or sort is read as the nearest meaningful one."""

from django.core.paginator import Paginator
from django.db.models import F, Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from caching.fragments import cached_data
from hardening.params import page_number
from home.listing import form_errors, load_options
from search.hints import list_hints
from search.locale_filters import searchable_in_language
from services_catalog import facet_table
from services_catalog.back_link import back_query
from services_catalog.engine_facets import with_engine_counts
from services_catalog.facet_index import index_for
from services_catalog.facets import build_facets, count_facets, matched_bits
from services_catalog.filters import service_filterset
from services_catalog.models import ServiceLocation, ServicePage
from services_catalog.nearby import (
    FEW_RESULTS,
    covering_network,
    mark_distances,
    nearest_beyond,
    networks_index,
    related_practices,
    relaxations,
)
from services_catalog.result_page import DISTANCE, RELEVANCE, VERIFIED, page_keys
from services_catalog.search import clean_query, search_services

RESULTS_PER_PAGE = 20
# What a result card shows (templates/services_catalog/service_index_page.html) and what its
# link needs (Page.get_url_parts: url_path; the locale of a translated page).
CARD_FIELDS = (
    "title",
    "url_path",
    "locale_id",
    "status",
    "short_description",
    "network_id",
    "is_free",
    "age_min_months",
    "age_max_months",
    "last_verified",
)
MAX_PAGE = 10**9
SORTS = {
    RELEVANCE: _("Pertinenza"),
    "titolo": _("Titolo (A-Z)"),
    VERIFIED: _("Verificati più di recente"),
    DISTANCE: _("Distanza dal tuo comune"),
}


def load_choices(locale):
    """(value, label) lists of the facets whose values depend on the language and which
    objective each action belongs to (services_catalog.facet_table), kept until content
    changes."""
    return cached_data(f"catalogue-choices:{locale.pk}", lambda: query_choices(locale))


def query_choices(locale):
    return load_options(facet_table.FACETS, locale)


class CountedPaginator(Paginator):
    """Pages of a result list whose count and page keys come from the facet statement
    (services_catalog.facets): each page loads its own services by key."""

    def __init__(self, count, per_page):
        super().__init__([], per_page)
        self.count = count  # replaces Paginator's cached property

    def page_of(self, number, keys):
        return self._get_page(cards(keys), number, self)


def cards(keys):
    """The services `keys` as result cards, in that order."""
    # The card shows the network's short name only: one column, not the network's whole page;
    # and of the service, CARD_FIELDS (its texts and body are the sheet's).
    services = (
        ServicePage.objects.filter(pk__in=keys)
        .only(*CARD_FIELDS)
        .annotate(network_name=F("network__short_name"))
        .prefetch_related(
            Prefetch("locations", ServiceLocation.objects.only("service_id", "sort_order", "municipality"))
        )
    )
    by_key = {service.pk: service for service in services}
    return [by_key[key] for key in keys if key in by_key]


def default_sort(has_query, has_place):
    if has_place:
        return DISTANCE
    return RELEVANCE if has_query else "titolo"


def offered_sorts(has_query, has_place):
    """The sorts that mean something here: relevance for a text query, distance for a place."""
    hidden = {RELEVANCE: not has_query, DISTANCE: not has_place}
    return [(key, label) for key, label in SORTS.items() if not hidden.get(key)]


def ordering(sort, has_query):
    """The results' order: the search backend's relevance only for a text query."""
    if sort == RELEVANCE and not has_query:
        return "titolo"
    return sort


def url_without(params, name, value=None):
    """The current query string minus one filter value (or the whole parameter), back to page 1."""
    data = params.copy()
    data.pop("page", None)
    if value is None:
        data.pop(name, None)
    else:
        data.setlist(name, [item for item in data.getlist(name) if item != str(value)])
    for qualifier in QUALIFIED.get(name, ()):
        data.pop(qualifier, None)
    return "?" + data.urlencode() if data else "?"


# Parameters that lose their meaning with another: the age's unit and «known ages only», the radius.
QUALIFIED = {"eta": ("unita", "eta_nota"), "comune": ("raggio",)}


def active_filter_links(params, filterset, query, facets):
    """Label and removal link of each applied filter (and of the text query)."""
    links = []
    if query:
        links.append((_("Ricerca: «%(query)s»") % {"query": query}, url_without(params, "q")))
    labels = {name: {option.value: option.label for option in facet.options} for name, facet in facets.items()}
    place = filterset.place()
    if place is not None:
        links.append((_("Vicino a %(place)s") % {"place": place.name}, url_without(params, "comune")))
    for name, value in filterset.active_values():
        if name == "eta":
            unit = filterset.form.cleaned_data.get("unita") or "anni"
            label = _("Età: %(age)s %(unit)s") % {"age": value, "unit": unit}
            links.append((label, url_without(params, "eta")))
        elif name == "raggio":
            links.append((_("Entro %(km)s km") % {"km": value}, url_without(params, "raggio")))
        else:
            facet_label = facets[name].legend
            links.append((f"{facet_label}: {labels[name].get(str(value), value)}", url_without(params, name, value)))
    return links


def catalogue_context(request):
    params = request.GET
    locale = Locale.get_active()
    query = clean_query(params.get("q", ""))
    listed = searchable_in_language(ServicePage.objects.live().public().current(), locale)
    services = search_services(listed, query) if query else listed
    choices, groups = load_choices(locale)
    filterset = service_filterset()(params, services, choices=choices)
    place = filterset.place()
    sorts = offered_sorts(bool(query), place is not None)
    # No choice (or one that means nothing here) is «Consigliato»: the nearest first with a
    # municipality, the most relevant with a text, else by title. The form sends it back empty,
    # so typing a municipality after a first visit still sorts by distance.
    chosen = params.get("ordina", "")
    if chosen not in dict(sorts):
        chosen = ""
    sort = chosen or default_sort(bool(query), place is not None)
    number = page_number(params.get("page"), MAX_PAGE)
    index = index_for(locale)
    counted = count_facets(filterset, index, matched_bits(index, filterset.queryset, bool(query)))
    counted = with_engine_counts(counted, listed, query, filterset)
    facets = build_facets(filterset, counted.counts, groups)
    paginator = CountedPaginator(counted.total, RESULTS_PER_PAGE)
    # Past the end (an old or edited link): the last page, as Paginator.get_page.
    number = min(number, paginator.num_pages)
    offset = (number - 1) * RESULTS_PER_PAGE
    keys = page_keys(index, counted, ordering(sort, bool(query)), filterset.queryset, offset, RESULTS_PER_PAGE, place)
    page_obj = paginator.page_of(number, keys)
    mark_distances(page_obj.object_list, index, place)
    page_params = params.copy()
    page_params.pop("page", None)
    active_filters = active_filter_links(params, filterset, query, facets)
    return {
        **place_context(filterset, place, locale),
        **dead_end_context(counted, index, filterset, facets, place, params, locale, bool(active_filters)),
        "text_hints": text_hints(query, listed, request.path, counted.total),
        "search_query": query,
        "filterset": filterset,
        "facets": facets,
        "sort": chosen,
        "sorts": sorts,
        "paginator": paginator,
        "page_obj": page_obj,
        "services": page_obj.object_list,
        "page_query": page_params.urlencode(),
        "back_query": back_query(request),
        "active_filters": active_filters,
        "age_error": filterset.form.errors.get("eta"),
        "listing_errors": form_errors(filterset.form),
    }


def place_context(filterset, place, locale):
    """The visitor's municipality: its field's value and error, the radius, its network."""
    network = covering_network(place, locale)
    return {
        "place": place,
        "place_value": filterset.form["comune"].value() or "",
        "place_error": filterset.form.errors.get("comune"),
        "radius": filterset.form.cleaned_data.get("raggio", ""),
        "radii": filterset.filters["raggio"].extra["choices"],
        "covering_network": network,
        "networks_index": networks_index(locale) if place is not None and network is None else None,
    }


def text_hints(query, listed, current_url, total):
    """With a text query and few results, what /cerca/ offers too (search.hints): «Forse
    cercavi …», the words no service holds, the other ways in; the filters' relaxations
    (dead_end_context) already count what removing the text would give."""
    if not query or total > FEW_RESULTS:
        return None
    return list_hints(query, listed, current_url)


def dead_end_context(counted, index, filterset, facets, place, params, locale, filtered):
    """The ways out of no or few results (services_catalog.nearby)."""
    if counted.total > FEW_RESULTS or not filtered:
        return {"relaxations": [], "nearest": [], "related_practices": []}
    nearest = cards(nearest_beyond(counted, index, place))
    mark_distances(nearest, index, place)
    return {
        "relaxations": relaxations(counted, filterset, facets, place, lambda name: url_without(params, name)),
        "nearest": nearest,
        "related_practices": related_practices(filterset, locale),
    }
