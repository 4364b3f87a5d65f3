"""The WSGI entry point gunicorn loads (conciliazione.wsgi)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_startup_objects_are_frozen_out_of_full_collections(tmp_path):
    script = "import gc, conciliazione.wsgi; print(gc.get_freeze_count())"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "conciliazione.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert int(result.stdout.strip()) > 50_000  # the loaded project, not a handful of objects
