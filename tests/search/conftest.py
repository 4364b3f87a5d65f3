import pytest

from search.entry import search
from search.hits import _pending, _unanswered
from search.visibility import searchable_pages
from tests.factories import StandardPageFactory


@pytest.fixture
def found_paths(db):
    """URL paths of the public pages a query finds, best first (what /cerca/ lists)."""

    def run(text, limit=None):
        results = search(searchable_pages(), text)
        results = results[:limit] if limit else results
        return [page.url_path.removeprefix("/home") for page in results]

    return run


@pytest.fixture
def make_page(home_page):
    """A live StandardPage under the home page, indexed on save."""

    def make(title, intro, **kwargs):
        return StandardPageFactory(parent=home_page, title=title, intro=f"<p>{intro}</p>", **kwargs)

    return make


@pytest.fixture(autouse=True)
def no_pending_search_hits():
    """Searches a test makes are counted in memory: none reaches the next test."""
    yield
    _pending.clear()
    _unanswered.clear()
