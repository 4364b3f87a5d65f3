"""Security headers on every response, production HSTS, request limits, uploads and the
sanitising of editors' rich text."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.documents.forms import get_document_form
from wagtail.documents.models import Document
from wagtail.images.fields import WagtailImageField

from home.blocks import ParagraphBlock

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.parametrize("path", ["/", "/accordo/", "/cerca/?q=reti", "/non-esiste/", "/healthz"])
def test_public_responses_carry_a_strict_policy(client, path):
    response = client.get(path)
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"] and "microphone=()" in response["Permissions-Policy"]


def test_admin_gets_its_own_policy_and_can_frame_its_previews(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_production_sends_hsts_on_https(tmp_path):
    script = (
        "import django; django.setup(); from django.test import Client; "
        "r = Client().get('/healthz', secure=True); print(r['Strict-Transport-Security'])"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "conciliazione.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": f"sqlite:///{tmp_path}/hsts.sqlite3",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "max-age=31536000; includeSubDomains; preload"


@pytest.mark.parametrize("query", ["q=%00", "q=abc%01def", "page=1%0b", "q%00=x"])
def test_control_characters_are_removed_from_query_strings(client, query):
    response = client.get(f"/cerca/?{query}")
    assert response.status_code == 200
    assert response.wsgi_request.GET.urlencode() in ("q=", "q=abcdef", "page=1", "q=x")


def test_huge_query_strings_get_a_400(client, settings):
    response = client.get("/cerca/?q=" + "a" * settings.MAX_QUERY_STRING_LENGTH)
    assert response.status_code == 400
    assert "Richiesta non valida" in response.content.decode()


def test_normal_accents_and_symbols_are_accepted(client):
    assert client.get("/cerca/", {"q": "attività & città – «nido» 100%"}).status_code == 200


def test_oversized_request_body_gets_a_413(client, settings):
    response = client.post(
        "/admin/login/", data="x", content_type="text/plain", CONTENT_LENGTH=str(settings.MAX_REQUEST_BODY_SIZE + 1)
    )
    assert response.status_code == 413
    assert "File troppo grande" in response.content.decode()


@pytest.mark.parametrize("name", ["disegno.svg", "pagina.html", "script.exe"])
def test_images_of_other_types_are_refused(name):
    with pytest.raises(ValidationError):
        WagtailImageField().clean(SimpleUploadedFile(name, b"<svg onload='alert(1)'/>"))


def test_images_over_the_size_limit_are_refused(settings):
    upload = SimpleUploadedFile("foto.png", b"\x89PNG\r\n\x1a\n" + b"0" * settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)
    with pytest.raises(ValidationError) as error:
        WagtailImageField().clean(upload)
    assert "10" in str(error.value)


def document_form(name, content):
    form_class = get_document_form(Document)
    return form_class(
        data={"title": "Allegato", "collection": 1},
        files={"file": SimpleUploadedFile(name, content)},
        user=None,
    )


def test_documents_of_listed_types_are_accepted():
    form = document_form("delibera.pdf", b"%PDF-1.4 test")
    form.is_valid()
    assert "file" not in form.errors


@pytest.mark.parametrize("name", ["virus.exe", "pagina.html", "disegno.svg"])
def test_documents_of_other_types_are_refused(name):
    form = document_form(name, b"MZ")
    assert not form.is_valid()
    assert "file" in form.errors


def test_documents_over_the_size_limit_are_refused(settings):
    form = document_form("grande.pdf", b"%PDF" + b"0" * settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)
    assert not form.is_valid()
    assert "file" in form.errors


def test_rich_text_from_the_editor_is_whitelisted():
    """The Draftail widget of the admin converts what editors send into whitelisted HTML."""
    widget = ParagraphBlock().field.widget
    contentstate = {
        "blocks": [
            {
                "key": "a1",
                "text": "clicca qui",
                "type": "unstyled",
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 0, "length": 6, "key": 0}],
            }
        ],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "javascript:alert(1)"}}},
    }
    stored = widget.value_from_datadict({"body": json.dumps(contentstate)}, {}, "body")
    assert "clicca" in stored and "javascript:" not in stored


def test_pasted_html_is_whitelisted():
    converter = EditorHTMLConverter(features=ParagraphBlock().field.widget.features)
    stored = converter.to_database_format(
        '<p onclick="steal()">Ciao<script>alert(1)</script><a href="javascript:alert(2)">link</a>'
        '<img src="x" onerror="alert(3)"><iframe src="https://evil.example"></iframe>'
        '<b style="color:red">grassetto</b></p>'
    )
    assert "Ciao" in stored and "<b>grassetto</b>" in stored
    for forbidden in ("<script", "onclick", "javascript:", "onerror", "<iframe", "style="):
        assert forbidden not in stored
