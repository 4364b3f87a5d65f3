"""The Content-Security-Policy in a real browser: the public site raises no violation and
the Wagtail admin, under its own policy, still works (login, page editor with Draftail)."""

import subprocess
import sys

import pytest

from tests.e2e.conftest import ROOT

pytestmark = pytest.mark.browser
USERNAME, PASSWORD = "csp-redazione", "Lomb-4rdia!csp-9q"


def csp_violations(page):
    messages = []
    page.on("console", lambda m: messages.append(m.text) if "Content Security Policy" in m.text else None)
    return messages


def manage(env, *args):
    return subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "manage.py"), *args], env=env, cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture(scope="module")
def editor_account(live_site):
    env = {**live_site["env"], "ADMIN_USERNAME": USERNAME, "ADMIN_EMAIL": "csp@example.org", "ADMIN_PASSWORD": PASSWORD}
    manage(env, "create_admin_from_env")
    home_id = manage(
        live_site["env"],
        "shell",
        "-c",
        "from wagtail.models import Site; print(Site.objects.get(is_default_site=True).root_page_id)",
    ).split()[-1]
    return USERNAME, PASSWORD, home_id


def test_public_pages_raise_no_csp_violation(live_site, page):
    violations = csp_violations(page)
    for path in ("/", "/accordo/", "/servizi/", "/cerca/?q=reti"):
        response = page.goto(live_site["url"] + path)
        assert "'unsafe-inline'" not in response.headers["content-security-policy"]
        page.wait_for_load_state("load")
    assert violations == [], "\n".join(violations)


def test_admin_works_under_its_policy(live_site, page, editor_account):
    violations = csp_violations(page)
    page.goto(live_site["url"] + "/admin/login/")
    page.fill("#id_username", editor_account[0])
    page.fill("#id_password", editor_account[1])
    page.click("button[type=submit]")
    page.wait_for_url(live_site["url"] + "/admin/")
    page.goto(f"{live_site['url']}/admin/pages/{editor_account[2]}/edit/")
    # Draftail and the StreamField are drawn by the admin's JavaScript: they appear only
    # if the policy let the scripts run.
    page.wait_for_selector(".Draftail-Editor", timeout=20000)
    assert page.locator("[data-streamfield-stream-container], .w-block-counter, [data-contentpath]").count() > 0
    assert violations == [], "\n".join(violations)
