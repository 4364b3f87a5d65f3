"""A week of editorial work in Chromium, through the real admin, as a Lecco network editor and
a regional editor: edit a seed sheet adding a location with Monday-to-Friday hours and an age
in years, see it in the side-panel preview, submit; upload an image and add it to a practice,
submit; import a file with opening hours; approve both pages and see them (and the image)
on the public site; schedule an imported sheet in moderation and be told that its approval
request is closed. No answer is a server error or a refusal."""

import json
from datetime import date

import pytest

from editorial.importer.columns import COLUMNS
from tests.e2e.test_editors import PASSWORD, manage

pytestmark = pytest.mark.browser

IMAGE_TITLE = "Ingresso dello sportello di Lecco"
IMPORTED_ID = "LC-SETTIMANA-1"
WORKING_DAYS = ("Lunedì", "Martedì", "Mercoledì", "Giovedì", "Venerdì")

# The two editors, and the Lecco pages they work on, with their public addresses.
SETUP = f"""
import json
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from editorial.groups import REGIONAL_GROUP_NAME, network_group_name
from goodpractices.models import GoodPracticePage
from home.models import NetworkPage
from services_catalog.models import ServicePage

lecco = NetworkPage.objects.get(slug="lecco", locale__language_code="it")
for username, group in (("settimana-lecco", network_group_name(lecco)), ("settimana-regione", REGIONAL_GROUP_NAME)):
    user, _ = get_user_model().objects.get_or_create(username=username, defaults={{"email": username + "@example.org"}})
    user.set_password("{PASSWORD}")
    user.save()
    user.groups.add(Group.objects.get(name=group))
sheet = ServicePage.objects.filter(network=lecco, locations__isnull=True).order_by("-pk").first()
practice = GoodPracticePage.objects.live().descendant_of(lecco).order_by("pk").first()
print(json.dumps({{"sheet": sheet.pk, "sheet_url": sheet.url, "practice": practice.pk, "practice_url": practice.url}}))
"""
IMPORTED_PAGE = f"""
from services_catalog.models import ServicePage
print(ServicePage.objects.get(external_id="{IMPORTED_ID}").pk)
"""


@pytest.fixture(scope="module")
def week(live_site):
    manage(live_site, "setup_editorial_groups")
    return json.loads(manage(live_site, "shell", "-c", SETUP).strip().splitlines()[-1])


class Watcher:
    """Every answer of the site that is a server error or a refusal, with its address."""

    def __init__(self, page, base_url):
        self.problems = []
        page.on("response", self.check)
        self.base_url = base_url

    def check(self, response):
        if response.url.startswith(self.base_url) and (response.status >= 500 or response.status in (401, 403)):
            self.problems.append(f"{response.status} {response.url}")


@pytest.fixture
def sign_in(live_site, browser):
    contexts = []

    def open_admin(username):
        context = browser.new_context(locale="it-IT", viewport={"width": 1400, "height": 1000})
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(30000)
        page.watcher = Watcher(page, live_site["url"])
        page.goto(live_site["url"] + "/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url("**/admin/")
        return page

    yield open_admin
    for context in contexts:
        context.close()


def footer_action(page, selector):
    """Clicks one of the edit page's footer actions (under «Altre azioni») and waits for the answer."""
    page.click("footer .w-dropdown__toggle")
    with page.expect_navigation():
        page.click(f"footer {selector}")


def messages(page):
    return " ".join(page.locator(".messages").all_inner_texts())


def edit_sheet_with_location_and_preview(page, base_url, sheet_id):
    page.goto(f"{base_url}/admin/pages/{sheet_id}/edit/")
    page.get_by_role("tab", name="Dove e contatti").click()
    page.click("#id_locations-ADD")
    page.fill("#id_locations-0-name", "Sportello della settimana")
    page.fill("#id_locations-0-address", "Via Roma 1")
    page.fill("#id_locations-0-municipality", "Lecco")
    page.fill("#id_locations-0-province", "LC")
    page.click("#id_locations-0-hours-ADD")
    page.select_option("#id_locations-0-hours-0-weekday", "lun-ven")
    page.fill("#id_locations-0-hours-0-opens", "09:00")
    page.fill("#id_locations-0-hours-0-closes", "12:30")
    if not page.input_value("#id_contact_email"):
        page.fill("#id_contact_email", "sportello@example.org")
    page.get_by_role("tab", name="Scheda anagrafica").click()
    page.fill("#id_age_min_months", "3 anni")

    page.click("[data-side-panel-toggle=preview]")
    preview = page.frame_locator("#w-preview-iframe")
    preview.get_by_text("Via Roma 1").wait_for()
    for day in WORKING_DAYS:
        assert preview.get_by_role("rowheader", name=day).count() == 1, day


def upload_image(page, base_url, tmp_path):
    from PIL import Image as PillowImage

    picture = tmp_path / "ingresso-sportello.png"
    PillowImage.new("RGB", (320, 200), (30, 90, 160)).save(picture)
    page.goto(f"{base_url}/admin/images/add/")
    page.fill("#id_title", IMAGE_TITLE)
    page.fill("#id_description", "L'ingresso dello sportello di conciliazione di Lecco")
    page.set_input_files("#id_file", str(picture))
    with page.expect_navigation():
        page.locator("form[enctype='multipart/form-data'] button[type=submit]").click()
    assert "/add/" not in page.url, messages(page)


def add_image_to_practice_and_submit(page, base_url, practice_id):
    page.goto(f"{base_url}/admin/pages/{practice_id}/edit/")
    page.click("#id_images-ADD")
    page.locator("#inline_child_images-0 [data-chooser-action-choose]").first.click()
    page.locator(".modal").get_by_text(IMAGE_TITLE).first.click()
    page.locator("#inline_child_images-0 [data-chooser-title]").get_by_text(IMAGE_TITLE).wait_for()
    page.fill("#id_images-0-alt_text", "L'ingresso dello sportello, con la porta a vetri")
    footer_action(page, "button[name=action-submit]")
    assert "/edit/" not in page.url, messages(page)


def import_a_file_with_hours(page, base_url, tmp_path):
    row = {
        "external_id": IMPORTED_ID,
        "title": "Doposcuola della settimana",
        "short_description": "Doposcuola per i figli dei lavoratori.",
        "objectives": "5",
        "audiences": "famiglie",
        "contact_email": "doposcuola@example.org",
        "municipality": "Lecco",
        "opening_hours": "lun-ven 14:00-18:00",
        "age_min_months": "6 anni",
        "provider_name": "Ente della settimana",
    }
    upload = tmp_path / "servizi.csv"
    lines = [";".join(column.header for column in COLUMNS), ";".join(row.get(column.key, "") for column in COLUMNS)]
    upload.write_text("\n".join(lines) + "\n", encoding="utf-8")
    page.goto(f"{base_url}/admin/redazione/importa-servizi/")
    page.set_input_files("#id_file", str(upload))
    with page.expect_navigation():
        page.get_by_role("button", name="Controlla il file").click()
    with page.expect_navigation():
        page.click("button[name=decision][value=import]")
    status = page.locator("p[role=status]")
    status.get_by_text("Importazione completata").wait_for()
    assert "1 schede create" in status.inner_text()


def approve(page, base_url, page_id):
    page.goto(f"{base_url}/admin/pages/{page_id}/edit/")
    footer_action(page, "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])")
    assert "/edit/" not in page.url, messages(page)


def schedule_page_in_moderation(page, base_url, page_id):
    page.goto(f"{base_url}/admin/pages/{page_id}/edit/")
    page.click("[data-side-panel-toggle=status]")
    page.click("[data-a11y-dialog-show=schedule-publishing-dialog]")
    dialog = page.locator("#schedule-publishing-dialog")
    assert "programmarla chiude la richiesta di approvazione in corso" in dialog.inner_text()
    go_live = f"{date.today().year + 1}-01-15 09:00"
    page.eval_on_selector("#id_go_live_at", "(input, value) => { input.value = value; }", go_live)
    with page.expect_navigation():
        dialog.locator("button.action-save").click()
    # Wagtail asks before publishing a page in moderation, then the site confirms what happened.
    page.click("footer .w-dropdown__toggle")
    page.click("footer button[name=action-publish]")
    confirmation = page.locator(".modal [data-confirm-cancellation]")
    confirmation.wait_for()
    assert "la richiesta di approvazione in corso viene chiusa" in page.locator(".modal").inner_text()
    with page.expect_navigation():
        confirmation.click()
    told = messages(page)
    assert "programmata" in told and "la richiesta di approvazione in corso è stata chiusa" in told, told


def test_a_week_of_editorial_work(live_site, week, sign_in, tmp_path):
    base_url = live_site["url"]
    lecco = sign_in("settimana-lecco")
    edit_sheet_with_location_and_preview(lecco, base_url, week["sheet"])
    footer_action(lecco, "button[name=action-submit]")
    assert "/edit/" not in lecco.url, messages(lecco)
    upload_image(lecco, base_url, tmp_path)
    add_image_to_practice_and_submit(lecco, base_url, week["practice"])
    import_a_file_with_hours(lecco, base_url, tmp_path)

    region = sign_in("settimana-regione")
    region.goto(f"{base_url}/admin/")
    assert region.get_by_text("In attesa della tua revisione").count()
    approve(region, base_url, week["sheet"])
    approve(region, base_url, week["practice"])
    imported = int(manage(live_site, "shell", "-c", IMPORTED_PAGE).strip().splitlines()[-1])
    schedule_page_in_moderation(region, base_url, imported)

    public = region.context.new_page()
    public.goto(base_url + week["sheet_url"])
    assert public.get_by_text("Via Roma 1").count()
    for day in WORKING_DAYS:
        assert public.get_by_role("rowheader", name=day).count() == 1, day
    public.goto(base_url + week["practice_url"])
    picture = public.locator("#images-title ~ * img, section[aria-labelledby=images-title] img").first
    picture.wait_for()
    assert "/media/images/" in picture.get_attribute("src")
    assert picture.evaluate("image => image.complete && image.naturalWidth > 0")

    assert not lecco.watcher.problems and not region.watcher.problems, lecco.watcher.problems + region.watcher.problems
