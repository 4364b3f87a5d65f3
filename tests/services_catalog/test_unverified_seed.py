"""No seed sheet claims a status or a flag the source does not give: each is «non verificato»
with what the source says of it, its flags «non indicato»; the data migration brings an
existing database's seed sheets (and their latest revision) to the same state."""

import importlib

import pytest
from django.apps import apps

from services_catalog.models import ServicePage
from services_catalog.seed_services import SERVICES, SOURCE_STATUS_NOTE, SUSTAINED_STATUS_NOTE

pytestmark = pytest.mark.django_db
migration = importlib.import_module("services_catalog.migrations.0005_seed_sheets_unverified")


def seed_sheets():
    keys = [(data["network"], data["slug"]) for data in SERVICES]
    pages = ServicePage.objects.filter(locale__language_code="it", is_demo=False).select_related("network")
    return [page for page in pages if (page.network.slug, page.slug) in keys]


def test_no_seed_sheet_claims_active_or_a_flag():
    sheets = seed_sheets()
    assert len(sheets) == len(SERVICES)
    assert not [page.title for page in sheets if page.status == "active"]
    assert {(page.is_free, page.accepts_vouchers) for page in sheets} == {(None, None)}
    notes = {page.status_reason for page in sheets if page.status == "unverified"}
    assert notes == {SOURCE_STATUS_NOTE, SUSTAINED_STATUS_NOTE}


def test_the_sheet_shows_what_is_known_and_never_attivo(client):
    page = next(page for page in seed_sheets() if page.slug == "bambini-al-centro")
    html = client.get(page.url).content.decode()
    assert "Stato non verificato" in html and "intesa 2010-2012" in html
    assert ">Attivo<" not in html


def as_before(page, **values):
    """The sheet as the seed used to leave it: the row and its latest revision."""
    for name, value in values.items():
        setattr(page, name, value)
    ServicePage.objects.filter(pk=page.pk).update(**values)
    page.save_revision(clean=False)


def test_the_migration_brings_old_seed_sheets_to_unverified():
    page = next(page for page in seed_sheets() if page.slug == "pedibus")
    as_before(page, status="active", status_reason="", is_free=False, accepts_vouchers=False)
    migration.mark_unverified(apps, None)
    page = ServicePage.objects.get(pk=page.pk)
    assert (page.status, page.is_free, page.accepts_vouchers) == ("unverified", None, None)
    assert page.status_reason == SOURCE_STATUS_NOTE
    revision = page.get_latest_revision_as_object()
    assert (revision.status, revision.is_free, revision.accepts_vouchers) == ("unverified", None, None)


def test_the_migration_leaves_a_verified_sheet_alone():
    page = next(page for page in seed_sheets() if page.slug == "pedibus")
    as_before(page, status="active", is_free=False, last_verified=page.first_published_at.date())
    migration.mark_unverified(apps, None)
    page = ServicePage.objects.get(pk=page.pk)
    assert (page.status, page.is_free) == ("active", False)
