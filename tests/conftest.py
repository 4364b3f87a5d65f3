import os
from contextlib import contextmanager

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import transaction
from django.utils import translation
from hypothesis import settings as hypothesis_settings
from wagtail.models import Page, Site

from tests import seeded_database

# Hypothesis: the CI profile gives the same examples every run (a failure reproduces);
# `make test-full` (profile "full") draws new ones.
hypothesis_settings.register_profile("ci", derandomize=True, database=None)
hypothesis_settings.register_profile("full", derandomize=False, database=None, print_blob=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

DATABASE_FIXTURES = {"db", "transactional_db", "django_db_setup", "live_server", "django_db_blocker"}


def needs_database(item):
    """A test that reads or writes the test database (or a copy of it, `postgres` marker)."""
    if item.get_closest_marker("django_db") or item.get_closest_marker("postgres"):
        return True
    return bool(DATABASE_FIXTURES & set(getattr(item, "fixturenames", ())))


def pytest_collection_modifyitems(config, items):
    """On PostgreSQL only the tests that touch the database run: the database-independent
    and browser tests run once, on SQLite (see docs/testing.md)."""
    for item in items:
        # A live site copies the seeded test database (django_db_setup); pytest-django creates
        # that database only for tests marked django_db, so a live-site file run alone had none.
        if "django_db_setup" in getattr(item, "fixturenames", ()) and not item.get_closest_marker("django_db"):
            item.add_marker(pytest.mark.django_db)
    if not seeded_database.is_postgres_run() or config.getoption("--all-databases", default=False):
        return
    kept, deselected = [], []
    for item in items:
        runs_here = needs_database(item) and not item.get_closest_marker("browser")
        (kept if runs_here else deselected).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept


def pytest_addoption(parser):
    parser.addoption(
        "--all-databases",
        action="store_true",
        help="Su PostgreSQL esegue anche i test che non usano il database e quelli nel browser.",
    )


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every database test starts from the real seed content, loaded once per session and
    kept as a template that live sites and transactional tests copy."""
    with django_db_blocker.unblock():
        call_command("load_seed_content", "--skip-index", verbosity=0)
        seeded_database.keep()
    yield
    with django_db_blocker.unblock():
        seeded_database.discard()


@contextmanager
def kept_for_scope(django_db_blocker):
    """Data made inside stays for every test of a module (or class) and is rolled back after
    the last one; each test's own changes roll back to a savepoint inside it."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture
def committed_db(transactional_db, django_db_blocker):
    """Real transactions (COMMIT, on_commit hooks) on the seeded database: the seed the
    previous transactional test's teardown removed is brought back first."""
    seeded_database.restore_seed()
    call_command("setup_editorial_groups", verbosity=0)


@pytest.fixture
def fragments_on(settings):
    """The menu, breadcrumb and footer fragments cached, as served (the test settings turn
    them off so that content changed inside a test shows at once)."""
    settings.FRAGMENT_CACHE_TIMEOUT = 600
    for alias in ("default", "shared"):
        caches[alias].clear()
    yield
    for alias in ("default", "shared"):
        caches[alias].clear()


@pytest.fixture
def home_page(db):
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def page_by_path(db):
    def find(path):
        return Page.objects.get(url_path=f"/home{path}").specific

    return find


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin-test", "admin@example.org", "unused-password-123")
    client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def _interface_language_reset():
    """Each test ends in the site's default language: a request to /en/ through the test
    client leaves English active in the thread, which would leak into the next test."""
    yield
    translation.deactivate()
