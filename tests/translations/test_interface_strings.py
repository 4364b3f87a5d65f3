"""Interface strings: Italian and English catalogues, compiled without GNU gettext."""

import shutil

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

LOCALE_DIR = settings.LOCALE_PATHS[0]


@pytest.mark.parametrize("code", ["it", "en"])
def test_every_language_has_a_catalogue(code):
    catalogue = polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))
    assert catalogue.metadata["Language"] == code
    assert len(catalogue) > 100


def test_english_catalogue_is_complete():
    catalogue = polib.pofile(str(LOCALE_DIR / "en" / "LC_MESSAGES" / "django.po"))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries() + catalogue.fuzzy_entries()]
    assert untranslated == []


def test_compile_translations_writes_mo_files_that_django_reads(tmp_path, settings):
    shutil.copytree(LOCALE_DIR, tmp_path / "locale", ignore=shutil.ignore_patterns("*.mo"))
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    call_command("compile_translations", verbosity=0)
    mo_file = tmp_path / "locale" / "en" / "LC_MESSAGES" / "django.mo"
    assert mo_file.exists()
    compiled = polib.mofile(str(mo_file))
    assert compiled.find("Vai al contenuto principale").msgstr == "Skip to main content"


@pytest.mark.django_db
def test_interface_follows_the_language_of_the_address(client):
    english = client.get("/en/cerca/?q=network").content.decode()
    italian = client.get("/cerca/?q=rete").content.decode()
    assert "What are you looking for?" in english and "Che cosa cerchi?" not in english
    assert "Che cosa cerchi?" in italian and "What are you looking for?" not in italian
