"""A Lecco network editor's day in the real admin, in Chromium: edit a seed sheet adding a
location with opening hours, see it in the side-panel preview, upload an image and see it
served."""

import subprocess
import sys

import pytest

from tests.e2e.conftest import ROOT

pytestmark = pytest.mark.browser

PASSWORD = "password-di-prova-123"  # noqa: S105

# A Lecco editor in the network's group, and the id of a Lecco seed sheet with no location.
EDITOR_AND_SHEET = f"""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from editorial.groups import network_group_name
from home.models import NetworkPage
from services_catalog.models import ServicePage

lecco = NetworkPage.objects.get(slug="lecco", locale__language_code="it")
user, _ = get_user_model().objects.get_or_create(username="redazione-lecco", defaults={{"email": "lecco@example.org"}})
user.set_password("{PASSWORD}")
user.save()
user.groups.add(Group.objects.get(name=network_group_name(lecco)))
print(ServicePage.objects.filter(network=lecco, locations__isnull=True).order_by("pk").first().pk)
"""


def manage(live_site, *args):
    return subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=live_site["env"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


@pytest.fixture(scope="module")
def lecco_sheet_id(live_site):
    manage(live_site, "setup_editorial_groups")
    return int(manage(live_site, "shell", "-c", EDITOR_AND_SHEET).strip().splitlines()[-1])


@pytest.fixture
def editor_page(live_site, page, lecco_sheet_id):
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(live_site["url"] + "/admin/login/")
    page.fill("#id_username", "redazione-lecco")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    return page


def fail_on_server_errors(page):
    errors = []
    page.on("response", lambda response: errors.append(response.url) if response.status >= 500 else None)
    return errors


def test_lecco_editor_adds_a_location_with_hours_and_sees_it_in_the_side_panel_preview(
    live_site, editor_page, lecco_sheet_id
):
    page = editor_page
    server_errors = fail_on_server_errors(page)
    page.goto(f"{live_site['url']}/admin/pages/{lecco_sheet_id}/edit/")
    page.get_by_role("tab", name="Dove e contatti").click()
    page.click("#id_locations-ADD")
    page.fill("#id_locations-0-name", "Sportello di via Roma")
    page.fill("#id_locations-0-address", "Via Roma 1")
    page.fill("#id_locations-0-municipality", "Lecco")
    page.fill("#id_locations-0-province", "LC")
    page.click("#id_locations-0-hours-ADD")
    page.select_option("#id_locations-0-hours-0-weekday", "0")
    page.fill("#id_locations-0-hours-0-opens", "09:00")
    page.fill("#id_locations-0-hours-0-closes", "12:30")
    if not page.input_value("#id_contact_email"):
        page.fill("#id_contact_email", "sportello@example.org")

    page.click("[data-side-panel-toggle=preview]")
    preview = page.frame_locator("#w-preview-iframe")
    location = preview.get_by_text("Via Roma 1")
    location.wait_for(timeout=20000)
    assert preview.get_by_text("09:00").first.is_visible()
    assert not server_errors, server_errors


def test_lecco_editor_uploads_an_image_and_sees_it_served(live_site, editor_page, tmp_path):
    from PIL import Image as PillowImage

    page = editor_page
    server_errors = fail_on_server_errors(page)
    picture = tmp_path / "sportello-lecco.png"
    PillowImage.new("RGB", (320, 200), (30, 90, 160)).save(picture)
    page.goto(f"{live_site['url']}/admin/images/add/")
    page.fill("#id_title", "Sportello di Lecco")
    page.fill("#id_description", "L'ingresso dello sportello di conciliazione di Lecco")
    page.set_input_files("#id_file", str(picture))
    with page.expect_navigation():
        page.locator("form[enctype='multipart/form-data'] button[type=submit]").click()
    assert "/add/" not in page.url, page.locator(".error-message, .help-critical, .messages").all_inner_texts()

    page.goto(f"{live_site['url']}/admin/images/?q=Sportello")
    thumbnail = page.locator("img[src*='/media/images/']").first
    thumbnail.wait_for()
    assert thumbnail.evaluate("image => image.complete && image.naturalWidth > 0")
    served = page.request.get(live_site["url"] + thumbnail.get_attribute("src").removeprefix(live_site["url"]))
    assert served.status == 200
    assert served.headers["content-type"].startswith("image/")
    assert "max-age" in served.headers["cache-control"]
    assert not server_errors, server_errors
