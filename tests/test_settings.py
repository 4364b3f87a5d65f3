"""Production settings: safe by default, configured only by the environment."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from tests import seeded_database

ROOT = Path(__file__).resolve().parents[1]


def manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE")}
    environment.update(env)
    return subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=environment,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_check_deploy_is_clean_with_the_required_environment():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        "--settings=conciliazione.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="conciliazione.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", "--settings=conciliazione.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_admin_is_created_only_when_asked(tmp_path, db):
    if seeded_database.is_postgres_run():
        pytest.skip("the command does the same on every database: it runs in the SQLite pass")
    # A copy of the session's migrated test database: no `migrate` of its own.
    db, _drop = seeded_database.clone("admin", tmp_path)
    settings = "--settings=conciliazione.settings.test"
    result = manage("create_admin_from_env", settings, DATABASE_URL=db)
    assert "Nessun amministratore" in result.stdout
    weak = manage("create_admin_from_env", settings, DATABASE_URL=db, ADMIN_USERNAME="redazione", ADMIN_PASSWORD="123")
    assert weak.returncode != 0 and "Password non valida" in weak.stderr
    strong = manage(
        "create_admin_from_env", settings, DATABASE_URL=db, ADMIN_USERNAME="redazione", ADMIN_PASSWORD="Lomb-4rdia!x9q"
    )
    assert "creato" in strong.stdout
    again = manage(
        "create_admin_from_env", settings, DATABASE_URL=db, ADMIN_USERNAME="redazione", ADMIN_PASSWORD="Lomb-4rdia!x9q"
    )
    assert "esiste già" in again.stdout


def test_every_setting_the_tests_override_exists_in_production():
    """A setting defined only in the test settings would be missing under `make run`
    (an AttributeError, a 500, on the first request that reads it)."""
    import ast

    from django.conf import global_settings

    from conciliazione.settings import base

    # whitenoise reads these with its own defaults
    library_defaults = {"WHITENOISE_AUTOREFRESH", "WHITENOISE_USE_FINDERS"}

    tree = ast.parse((ROOT / "conciliazione" / "settings" / "test.py").read_text())
    assigned = {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name) and target.id.isupper()
    }
    missing = sorted(
        name for name in assigned - library_defaults if not hasattr(base, name) and not hasattr(global_settings, name)
    )
    assert not missing, f"only in the test settings: {missing}"
