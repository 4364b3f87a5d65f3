"""On SQLite (`make run`) the web workers and the import worker write to one file: a
submission for approval must wait for the worker's polling transaction (`BEGIN EXCLUSIVE`),
never fail with «database is locked», and the worker must survive the editors' writes.

Real processes on a file database: a copy of the test database (seed content and editorial
groups), the import worker polling without pause and editors saving and submitting sheets
in three threads of another process, both with the settings of `make run`."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from services_catalog.models import ServicePage
from tests.editorial.conftest import make_user

ROOT = Path(__file__).resolve().parents[2]
EDITING_SECONDS = 8

pytestmark = [
    pytest.mark.skipif(connection.vendor != "sqlite", reason="the lock is SQLite's"),
    pytest.mark.django_db(transaction=True),
    # Real commits, from the seed (another transactional test may have emptied the tables).
    pytest.mark.usefixtures("committed_db"),
]


def copy_test_database(path):
    connection.ensure_connection()
    with sqlite3.connect(path) as target:
        connection.connection.backup(target)
    target.close()


def site_environment(tmp_path, database_path):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "conciliazione.settings.production",
        "SECRET_KEY": "concurrency-test-key",
        "DATABASE_URL": f"sqlite:///{database_path}",
        "SHARED_CACHE_DIR": str(tmp_path / "cache"),
        "MEDIA_ROOT": str(tmp_path / "media"),
    }


def test_submissions_wait_for_the_polling_worker(tmp_path, networks, django_user_model):
    make_user(django_user_model, "redazione-lecco-concorrenza", "Redazione Lecco")
    sheets = list(ServicePage.objects.filter(network=networks["lecco"]).values_list("pk", flat=True)[:3])
    assert len(sheets) == 3
    database_path = tmp_path / "site.sqlite3"
    copy_test_database(database_path)
    env = site_environment(tmp_path, database_path)

    # Interval 0: the worker polls in a loop, so the editors meet its lock many times a second.
    worker = subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", "db_worker", "--backend", "imports", "--interval", "0", "--no-startup-delay"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        editors = subprocess.run(  # noqa: S603
            [
                sys.executable,
                "-m",
                "tests.editorial.sqlite_writers",
                str(EDITING_SECONDS),
                "redazione-lecco-concorrenza",
                *map(str, sheets),
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        worker_alive = worker.poll() is None
    finally:
        worker.terminate()
        _out, worker_errors = worker.communicate(timeout=30)

    outcome = json.loads(editors.stdout.strip().splitlines()[-1])
    assert outcome["errors"] == []
    assert outcome["rounds"] >= 3, editors.stderr[-3000:]
    assert worker_alive, worker_errors[-2000:]
