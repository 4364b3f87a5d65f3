"""The English site loaded by the seed: real wagtail-localize translations, complete,
with figures identical to the Italian source."""

import pytest
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from home.models import Action, Audience, HomePage, NetworkPage, Objective
from translations.seed.loader import load

pytestmark = pytest.mark.django_db

ENGLISH_PATHS = {
    "/": "/en/",
    "/accordo/": "/en/agreement/",
    "/accordo/dgr-x-1081/": "/en/agreement/dgr-x-1081/",
    "/accordo/azioni-delle-reti/": "/en/agreement/network-actions/",
    "/reti/": "/en/networks/",
    "/servizi/": "/en/services/",
    "/buone-pratiche/": "/en/good-practices/",
    "/privacy/": "/en/privacy/",
}


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


def test_every_content_language_has_a_locale():
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"it", "en"}


@pytest.mark.parametrize(("italian", "english_path"), ENGLISH_PATHS.items())
def test_seed_pages_have_live_english_translations(client, page_by_path, english, italian, english_path):
    source = page_by_path(italian)
    translation = source.get_translation(english)
    assert translation.live
    assert translation.url == english_path
    response = client.get(english_path)
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()


def test_english_pages_are_wagtail_localize_translations_with_every_string_translated(english):
    translations = Translation.objects.filter(target_locale=english).select_related("source")
    pages = [t for t in translations if issubclass(t.source.specific_content_type.model_class(), Page)]
    assert len(pages) == Page.objects.filter(locale=english).count() == 19
    for translation in translations:
        total, done = translation.get_progress()
        assert total > 0 and done == total, translation.source.object_repr


def test_english_text_is_english_and_figures_are_identical(page_by_path, english):
    home = page_by_path("/")
    home_en = home.get_translation(english).specific
    assert "territorial networks for work–family balance" in home_en.intro
    italian_figures = [block.value["figures"] for block in home.body if block.block_type == "key_figures"]
    english_figures = [block.value["figures"] for block in home_en.body if block.block_type == "key_figures"]
    assert [[f["value"] for f in figs] for figs in english_figures] == [
        [f["value"] for f in figs] for figs in italian_figures
    ]
    assert [f["label"] for f in english_figures[1]] == ["People", "Companies", "Company employees"]


def test_taxonomy_labels_and_codes_are_translated(english):
    italian = Locale.get_default()
    assert Objective.objects.filter(locale=english).count() == Objective.objects.filter(locale=italian).count() == 5
    assert Action.objects.filter(locale=english).count() == Action.objects.filter(locale=italian).count() == 22
    nursery = Action.objects.get(slug="company-nursery")
    assert nursery.locale == english and nursery.title == "Company nursery"
    assert nursery.translation_key == Action.objects.get(slug="nido-aziendale").translation_key
    assert nursery.objective.locale == english and nursery.objective.number == 5
    assert Audience.objects.get(slug="companies").name == "Companies"
    # Codes name one object across languages.
    assert not set(Action.objects.filter(locale=english).values_list("slug", flat=True)) & set(
        Action.objects.filter(locale=italian).values_list("slug", flat=True)
    )


def test_loading_again_creates_nothing_and_keeps_editors_changes(page_by_path, english):
    agreement_en = page_by_path("/accordo/").get_translation(english)
    agreement_en.title = "The agreement, as an editor wrote it"
    agreement_en.save_revision().publish()
    assert load() == {"locales": 2, "translations": 0}
    agreement_en.refresh_from_db()
    assert agreement_en.title == "The agreement, as an editor wrote it"


def test_network_pages_stay_italian_and_translated_contacts_follow(
    page_by_path, english, django_capture_on_commit_callbacks
):
    from wagtail_localize.operations import translate_object

    assert not NetworkPage.objects.filter(locale=english).exists()
    lecco = page_by_path("/reti/lecco/")
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(lecco, [english])
    lecco.contact_phone = "0341 000000"
    lecco.save_revision().publish()
    source = Translation.objects.get(source__object_id=lecco.translation_key, target_locale=english).source
    source.update_from_db()
    Translation.objects.get(source=source, target_locale=english).save_target(publish=True)
    lecco_en = NetworkPage.objects.get(translation_key=lecco.translation_key, locale=english)
    assert lecco_en.contact_phone == "0341 000000"


def test_only_one_home_page_per_language():
    assert HomePage.objects.filter(locale__language_code="en").count() == 1
    assert HomePage.objects.filter(locale__language_code="it").count() == 1
