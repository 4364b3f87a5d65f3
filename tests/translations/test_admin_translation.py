"""Editors create, sync and publish translations through wagtail-localize's admin views."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from home.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


@pytest.fixture
def italian_page(page_by_path):
    page = StandardPage(title="Nuovi servizi per le famiglie", slug="nuovi-servizi", intro="<p>Testo italiano.</p>")
    page_by_path("/accordo/").add_child(instance=page)
    page.save_revision().publish()
    return page


def translate_string(client, translation, source_text, text):
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id])
    response = client.put(url, urlencode({"value": text}), content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201)


def publish_translation(client, page):
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.id]), {"action": "publish"})


def test_create_translate_publish_and_sync_a_page(
    admin_client, client, italian_page, english, django_capture_on_commit_callbacks
):
    # 1. Submit the Italian page for translation into English.
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[italian_page.id])
    assert admin_client.get(submit_url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(submit_url, {"locales": [english.id]})
    assert response.status_code == 302
    page_en = italian_page.get_translation(english)
    translation = Translation.objects.get(source__object_id=italian_page.translation_key, target_locale=english)
    assert translation.get_progress() == (3, 0)  # title, slug, intro: nothing translated yet

    # 2. Translate its strings in the translation editor, then publish.
    assert admin_client.get(reverse("wagtailadmin_pages:edit", args=[page_en.id])).status_code == 200
    translate_string(admin_client, translation, "Nuovi servizi per le famiglie", "New services for families")
    translate_string(admin_client, translation, "nuovi-servizi", "new-services")
    translate_string(admin_client, translation, "Testo italiano.", "English text.")
    with django_capture_on_commit_callbacks(execute=True):
        assert publish_translation(admin_client, page_en).status_code == 302
    page_en.refresh_from_db()
    assert page_en.live and page_en.title == "New services for families"
    html = client.get("/en/agreement/new-services/").content.decode()
    assert "English text." in html and '<html lang="en">' in html
    assert 'href="/accordo/nuovi-servizi/" hreflang="it"' in html

    # 3. The Italian source changes: sync the translation; the new string waits for a translator.
    italian_page.intro = "<p>Testo aggiornato.</p>"
    italian_page.save_revision().publish()
    source = TranslationSource.objects.get(object_id=italian_page.translation_key, locale=italian_page.locale)
    update_url = reverse("wagtail_localize:update_translations", args=[source.id])
    assert admin_client.get(update_url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert admin_client.post(update_url, {"publish_translations": "on"}).status_code == 302
    assert translation.get_progress() == (3, 2)
    assert "Testo aggiornato." in client.get("/en/agreement/new-services/").content.decode()
    translate_string(admin_client, translation, "Testo aggiornato.", "Updated text.")
    with django_capture_on_commit_callbacks(execute=True):
        publish_translation(admin_client, page_en)
    html = client.get("/en/agreement/new-services/").content.decode()
    assert "Updated text." in html and "Testo aggiornato." not in html


def test_seed_translation_opens_in_the_translation_editor(admin_client, page_by_path, english):
    page_en = page_by_path("/accordo/").get_translation(english)
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page_en.id]))
    assert response.status_code == 200
    assert "wagtail_localize" in response.content.decode() or "translation-editor" in response.content.decode()


def test_taxonomy_snippet_translation_is_editable(admin_client, english):
    from home.models import Objective

    objective = Objective.objects.get(locale=english, number=1)
    url = reverse("wagtailsnippets_home_objective:edit", args=[objective.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "Improve organisation and optimise working time" in response.content.decode()


def test_a_service_can_be_translated_and_keeps_its_own_identifier(english):
    from django.core.management import call_command
    from wagtail_localize.operations import translate_object

    from services_catalog.models import ServicePage

    call_command("generate_demo_services", "--count", "1", verbosity=0)
    service = ServicePage.objects.filter(locale__language_code="it").latest("pk")
    translate_object(service, [english])
    service_en = ServicePage.objects.get(translation_key=service.translation_key, locale=english)
    assert service_en.uuid != service.uuid
    assert service_en.network.locale == english
    assert service_en.network.translation_key == service.network.translation_key
