"""A database that accepts connections and never answers (a socket that reads nothing and
says nothing): the health check answers 503 within about a second, a page a styled 503
within the connect timeout, a static file at once; no worker is held for the default
two-minute connect wait."""

import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SILENT_PORT = 8141
STATIC_FILE = "/static/css/site.css"


@pytest.fixture
def silent_database():
    """A TCP server on 127.0.0.1 that accepts every connection and never answers."""
    server = socket.create_server(("127.0.0.1", SILENT_PORT), reuse_port=True)
    accepted, stop = [], threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"postgres://postgres@127.0.0.1:{SILENT_PORT}/silent"
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    server.close()


SCRIPT = """
import json, time, django
django.setup()
from django.test import Client
answers = []
for path in %r:
    started = time.monotonic()
    response = Client().get(path)
    answers.append([path, response.status_code, time.monotonic() - started])
print(json.dumps(answers))
"""


def request_in_a_process(database_url, paths):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "conciliazione.settings.test",
        "DATABASE_URL": database_url,
        "DB_CONN_MAX_AGE": "0",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", SCRIPT % (paths,)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return {path: (status, seconds) for path, status, seconds in json.loads(result.stdout.strip().splitlines()[-1])}


def test_a_silent_database_gives_quick_503s_and_static_files_still_served(silent_database):
    answers = request_in_a_process(silent_database, ["/healthz", "/", "/servizi/", STATIC_FILE])
    status, seconds = answers["/healthz"]
    assert status == 503 and seconds < 1.5, answers
    for path in ("/", "/servizi/"):
        status, seconds = answers[path]
        assert status == 503 and seconds < 6, answers  # DB_CONNECT_TIMEOUT is 3 s
    status, seconds = answers[STATIC_FILE]
    assert status == 200 and seconds < 1, answers


def test_postgresql_connections_carry_a_connect_and_a_statement_timeout():
    script = (
        "import json, django; django.setup(); from django.conf import settings; "
        "print(json.dumps(settings.DATABASES['default']['OPTIONS']))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "conciliazione.settings.test",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/unused?options=-c%20search_path%3Dpublic",
        "DB_STATEMENT_TIMEOUT_MS": "2500",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    options = json.loads(result.stdout.strip().splitlines()[-1])
    assert options["connect_timeout"] == 3
    assert options["options"] == "-c search_path=public -c statement_timeout=2500"


@pytest.mark.skipif(not os.environ.get("DATABASE_URL", "").startswith("postgres"), reason="PostgreSQL only")
@pytest.mark.django_db
def test_the_statement_timeout_is_in_force_on_postgresql():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "10s"
