"""The library's search: text query, filters with counts, result count, pagination and
totals, all from the request's GET parameters (the URL is the whole state)."""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from goodpractices.engine_facets import engine_counts_or_none
from goodpractices.facet_table import FACETS
from goodpractices.facets import count_facet, facet_with_counts
from goodpractices.filters import PracticeFilterSet
from goodpractices.models import GoodPracticePage
from goodpractices.totals import indicator_totals
from hardening.params import page_number
from home.listing import form_errors, load_options
from search.entry import search_queryset
from search.hints import FEW_RESULTS, list_hints
from services_catalog.search import clean_query as clean_search_query

RESULTS_PER_PAGE = 10
MAX_PAGE = 10**9  # past the last page is the last page (Paginator.get_page)


@dataclass
class ActiveFilter:
    label: str
    value_label: str
    remove_url: str
    remaining: object = None  # the parameters once this filter is removed


def clean_query(params):
    """The text query as shown back (printable, bounded); the search itself sees only its words."""
    return clean_search_query(params.get("q", ""))


def search_practice_ids(query):
    """Ids of the live practices matching `query`, most relevant first, through the site's
    search entry point (search.entry); filters and counts then run in the database on these ids."""
    return list(search_queryset(GoodPracticePage.objects.live(), query).values_list("pk", flat=True))


class Library:
    def __init__(self, index_page, params, per_page=RESULTS_PER_PAGE):
        self.index_page = index_page
        self.locale = index_page.locale
        self.per_page = per_page
        self.query = clean_query(params)
        self.choices = load_options(FACETS, self.locale)[0]
        self.data, self.errors = self.valid_data(params)
        self.ranked_ids = search_practice_ids(self.query) if self.query else None
        self.base = index_page.practices()
        if self.ranked_ids is not None:
            self.base = self.base.filter(pk__in=self.ranked_ids)
        self.results = self.filterset(self.data).qs
        self.page_number = page_number(params.get("page"), MAX_PAGE)

    def filterset(self, data):
        return self.filterset_on(self.base, data)

    def valid_data(self, params):
        """(the parameters with the facets' refused values dropped, [(label, message)] of the
        refused values): the values kept still apply (home.listing's policy)."""
        form = PracticeFilterSet(params, queryset=GoodPracticePage.objects.none(), choices=self.choices).form
        errors = form_errors(form)
        data = params.copy()
        for name in form.errors:
            data.setlist(name, form.cleaned_data.get(name) or [])
        return data, errors

    @cached_property
    def facets(self):
        engine = engine_counts_or_none(self.index_page.practices(), self.query, self.data, self.choices)
        facets = []
        for row in FACETS:
            choices, selected = self.choices[row.param], set(self.data.getlist(row.param))
            if engine is not None:
                facets.append(facet_with_counts(row, choices, engine[row.param], selected))
                continue
            others = self.data.copy()
            others.pop(row.param, None)
            facets.append(count_facet(row, choices, self.filterset(others).qs, selected=selected))
        return facets

    @cached_property
    def active_filters(self):
        """Each chosen value with the URL that removes it (and keeps everything else)."""
        active = []
        for facet in self.facets:
            for option in facet.selected:
                remaining = self.data.copy()
                remaining.setlist(facet.name, [v for v in self.data.getlist(facet.name) if v != option.value])
                remaining.pop("page", None)
                active.append(ActiveFilter(facet.label, option.label, "?" + remaining.urlencode(), remaining))
        if self.query:
            remaining = self.data.copy()
            remaining.pop("q", None)
            remaining.pop("page", None)
            active.insert(0, ActiveFilter(_("Testo"), self.query, "?" + remaining.urlencode(), remaining))
        return active

    @cached_property
    def paginator(self):
        if self.ranked_ids is None:
            ordered = self.results.order_by("network__short_name", "title", "pk").values_list("pk", flat=True)
            return Paginator(ordered, self.per_page)
        matching = set(self.results.values_list("pk", flat=True))
        return Paginator([pk for pk in self.ranked_ids if pk in matching], self.per_page)

    @cached_property
    def page_obj(self):
        return self.paginator.get_page(self.page_number)

    @cached_property
    def practices(self):
        """The practices of the current page, with what their cards show, in one query per relation."""
        listing = GoodPracticePage.objects.select_related("network", "period").prefetch_related("kinds", "indicators")
        ids = list(self.page_obj.object_list)
        by_id = listing.in_bulk(ids)
        return [by_id[pk] for pk in ids if pk in by_id]

    @property
    def count(self):
        return self.paginator.count

    @cached_property
    def totals(self):
        return indicator_totals(self.results)

    @property
    def is_filtered(self):
        return bool(self.active_filters)

    @cached_property
    def relaxations(self):
        """(active filter, how many practices its removal would list): shown when none is listed,
        one count each."""
        return [(active, self.count_without(active)) for active in self.active_filters]

    def count_without(self, active):
        base = self.base if active.remaining.get("q") else self.index_page.practices()
        return self.filterset_on(base, active.remaining).qs.count()

    def filterset_on(self, base, data):
        return PracticeFilterSet(data, queryset=base, choices=self.choices)

    @cached_property
    def hints(self):
        """With a text query and few results, what /cerca/ offers too (search.hints)."""
        if not self.query or self.count >= FEW_RESULTS:
            return None
        return list_hints(self.query, GoodPracticePage.objects.live(), self.index_page.url)

    def company_welfare_url(self):
        return self.index_page.url + self.index_page.reverse_subpage("company_welfare")
