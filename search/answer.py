"""The search page's answer to one request as plain values (titles, addresses, extracts,
counts), kept until content changes, per language, day, host, text, type and page: the same
for every visitor who asks the same thing, so a repeated search costs no full-text match,
no extracts and no page lookups. A publish, an unpublish, a move, a changed promotion or view
restriction renews the content generation and with it every kept answer (caching.invalidation);
the day is in the key because services leave the results when they expire.
Searches are still counted on every request (search.hits), from the kept answer."""

import hashlib
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.utils import timezone
from wagtail.models import Locale

from search.highlight import snippet
from search.labels import public_label
from search.memo import kept_shared
from search.outcome import SearchOutcome

RESULTS_PER_PAGE = 10


@dataclass(frozen=True)
class Result:
    title: str
    url: str
    label: str
    excerpt: str  # safe HTML (search.highlight)


@dataclass(frozen=True)
class Promotion:
    title: str
    url: str
    description: str


@dataclass
class Answer:
    type_key: str = ""
    facets: list = field(default_factory=list)
    notice: str = ""
    error: str = ""
    count: int = 0
    number: int = 1
    results: list = field(default_factory=list)
    promotions: list = field(default_factory=list)
    hints: object = None
    source_language_results: list = field(default_factory=list)
    # For counting the search: whether a query reached the engine, and the words no page holds.
    searched: bool = False
    missing_words: list | None = None

    def paginator(self):
        """The page links' paginator: only the count matters, the results are `results`."""
        return Paginator(range(self.count), RESULTS_PER_PAGE)


def page_label(page):
    return public_label(page.specific_class) if page.specific_class else ""


def as_result(page, stems, request):
    return Result(page.title, page.get_url(request=request), page_label(page), snippet(page, stems))


def as_promotion(promotion, request):
    if promotion.page is not None:
        return Promotion(promotion.page.title, promotion.page.get_url(request=request), promotion.description)
    text = promotion.external_link_text or promotion.external_link_url
    return Promotion(text, promotion.external_link_url, promotion.description)


def answer(request, text, type_key, requested_page):
    """What the search page shows for `text`, of type `type_key`, page `requested_page`
    (Paginator.get_page's reading: 1 for nonsense, the last page past the last)."""
    outcome = SearchOutcome(text, type_key)
    paginator = Paginator(outcome.results, RESULTS_PER_PAGE)
    paginator.count = outcome.result_count  # overrides the cached property: no second COUNT query
    page_obj = paginator.get_page(requested_page)
    return Answer(
        type_key=outcome.type_key if not outcome.error else "",
        facets=outcome.facets,
        notice=outcome.notice,
        error=outcome.error,
        count=paginator.count,
        number=page_obj.number,
        results=[as_result(page, outcome.stems, request) for page in page_obj],
        promotions=[as_promotion(p, request) for p in outcome.promotions] if page_obj.number == 1 else [],
        hints=outcome.hints,
        source_language_results=[as_result(page, outcome.stems, request) for page in outcome.source_language_results],
        searched=bool(text) and outcome.query is not None and not outcome.error,
        missing_words=outcome.missing_words(),
    )


def kept_answer(request, text, type_key, requested_page):
    """`answer(...)`, kept until content changes (search.memo.kept_shared)."""
    digest = hashlib.sha256(f"{text}\n{type_key}\n{requested_page}".encode()).hexdigest()
    day = timezone.localdate().isoformat()
    key = f"search-answer:{Locale.get_active().language_code}:{day}:{request.get_host()}:{digest}"
    return kept_shared(key, lambda: answer(request, text, type_key, requested_page))
