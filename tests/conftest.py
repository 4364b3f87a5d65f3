import pytest
from django.core.management import call_command
from wagtail.models import Page, Site


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every database test starts from the real seed content, loaded once per session."""
    with django_db_blocker.unblock():
        call_command("load_seed_content", "--skip-index", verbosity=0)


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
