"""Browser tests: the site served by gunicorn in its own process and database,
driven in Debian's Chromium through Playwright (no downloaded browser)."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

# Playwright's synchronous API keeps an event loop running in the test thread, so Django
# refuses the test database's (synchronous, same-thread) work beside it unless told that it
# is safe here. `check --deploy` refuses the variable: tests/test_settings.py leaves it out.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]


def manage(live_site, *args):
    """Runs a management command against the live site's own database."""
    subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=live_site["env"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def live_site(django_db_setup):
    """The site served from a copy of the session's seeded test database, its search index built."""
    from tests import seeded_database

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium non trovato in {CHROMIUM}: installarlo con `make browser-deps`.")
    tmp_dir = tempfile.mkdtemp(prefix="conciliazione-e2e-")
    database_url, drop = seeded_database.clone("e2e", tmp_dir)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "conciliazione.settings.test",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": f"{tmp_dir}/media",
        "PRIVATE_UPLOADS_ROOT": f"{tmp_dir}/private",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "update_index", "-v0"], env=env, cwd=ROOT, check=True, capture_output=True)  # noqa: S603
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "gunicorn",
            "conciliazione.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=ROOT,
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{base_url}/healthz", timeout=2)  # noqa: S310
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail("Il server di prova non si è avviato.")
            time.sleep(0.3)
    yield {"url": base_url, "env": env}
    server.terminate()
    server.wait(timeout=20)
    drop()
    shutil.rmtree(tmp_dir, ignore_errors=True)


@pytest.fixture
def demo_near_lecco(live_site):
    """Demo services in real municipalities of every network, coordinates included."""
    manage(live_site, "generate_demo_services", "--count", "90", "--seed", "23")
    yield
    manage(live_site, "generate_demo_services", "--delete", "--count", "0")


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="it-IT", java_script_enabled=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def serious_violations():
    """Runs axe-core (shipped by the axe-playwright-python package) and returns the
    serious or critical violations as readable strings."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def run(page):
        results = axe.run(page)
        return [
            f"{v['id']} ({v['impact']}): {v['help']} – {[n['target'] for n in v['nodes']][:3]}"
            for v in results.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]

    return run
