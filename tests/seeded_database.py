"""The migrated and seeded test database, kept once per session as a template.

The live sites (the operations tests' gunicorn, the browser tests' server) start from a copy of it
instead of running `migrate` and `load_seed_content` again: on SQLite a copied file, on
PostgreSQL `CREATE DATABASE ... TEMPLATE`. Transactional tests, whose teardown empties
the tables, get the seed back from it too (`restore_seed`).
"""

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from django.db import connection, connections

_kept = {}


def is_postgres_run():
    return os.environ.get("DATABASE_URL", "").startswith("postgres")


def _admin_execute(*statements):
    import psycopg

    settings = connection.settings_dict
    with psycopg.connect(
        dbname="postgres",
        host=settings["HOST"] or None,
        port=settings["PORT"] or None,
        user=settings["USER"] or None,
        password=settings["PASSWORD"] or None,
        autocommit=True,
    ) as conn:
        for statement in statements:
            conn.execute(statement)


def _server_url(name):
    return os.environ["DATABASE_URL"].split("?", 1)[0].rsplit("/", 1)[0] + f"/{name}"


def keep():
    """Snapshot the test database as it is now (just seeded)."""
    if connection.vendor == "sqlite":
        workdir = Path(tempfile.mkdtemp(prefix="conciliazione-seed-"))
        path = workdir / "seed.sqlite3"
        connection.ensure_connection()
        target = sqlite3.connect(path)
        with target:
            connection.connection.backup(target)
        target.close()
        _kept.update(path=path, workdir=workdir)
        return
    source = connection.settings_dict["NAME"]
    name = f"{source}_seed"
    connections.close_all()  # a template must have no other session
    _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
    _kept.update(name=name)


def discard():
    if "name" in _kept:
        _admin_execute(f'DROP DATABASE IF EXISTS "{_kept["name"]}" WITH (FORCE)')
    if "workdir" in _kept:
        shutil.rmtree(_kept["workdir"], ignore_errors=True)
    _kept.clear()


def clone(tag, workdir):
    """A copy of the seeded database for another process: (database URL, function that drops it)."""
    if not _kept:
        raise RuntimeError("The seeded database is kept by django_db_setup: request that fixture first.")
    if "path" in _kept:
        path = Path(workdir) / f"{tag}.sqlite3"
        shutil.copyfile(_kept["path"], path)
        return f"sqlite:///{path}", lambda: None
    name = f"{_kept['name']}_{tag}_{os.getpid()}"
    template = _kept["name"]
    _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return _server_url(name), lambda: _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def restore_seed():
    """Bring the seed back after a transactional test's teardown emptied the tables."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Site

    if Site.objects.exists():
        return
    # The flush's post_migrate made content types again, under other ids than the seed's.
    ContentType.objects.clear_cache()
    if "path" in _kept:
        source = sqlite3.connect(_kept["path"])
        connection.ensure_connection()
        source.backup(connection.connection)
        source.close()
        return
    # PostgreSQL: the test database is made again from the template, which is faster than
    # emptying its tables and loading the seed's rows into them.
    name = connection.settings_dict["NAME"]
    connections.close_all()  # neither database may have another session
    _admin_execute(
        f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}" TEMPLATE "{_kept["name"]}"'
    )
