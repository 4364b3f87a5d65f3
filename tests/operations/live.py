"""A real site for the load and outage tests: gunicorn, as `make run` serves it, on a
database of its own (a temporary SQLite file, or a throwaway PostgreSQL database when
the suite runs on PostgreSQL), with the seed content loaded."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def unused_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url, timeout=30):
    """(status, headers, body) of a GET, whatever the status."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - local test server
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@dataclass
class Database:
    """A throwaway database and the means to take it away and bring it back."""

    url: str
    workdir: Path
    admin_url: str = ""
    name: str = ""
    hidden: Path = field(default=None)

    @classmethod
    def create(cls, tag):
        """A copy of the session's seeded test database (django_db_setup must have run)."""
        from tests import seeded_database

        workdir = Path(tempfile.mkdtemp(prefix=f"conciliazione-{tag}-"))
        url, _drop = seeded_database.clone(tag, workdir)
        if url.startswith("sqlite"):
            return cls(url=url, workdir=workdir)
        name = url.rsplit("/", 1)[1]
        return cls(url=url, workdir=workdir, admin_url=url.rsplit("/", 1)[0] + "/postgres", name=name)

    @property
    def is_sqlite(self):
        return self.url.startswith("sqlite")

    @property
    def sqlite_path(self):
        return Path(self.url.removeprefix("sqlite:///"))

    def execute(self, *statements):
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)

    def take_away(self):
        """SQLite: the file is moved away. PostgreSQL: new connections are refused and
        the open ones are terminated."""
        if self.is_sqlite:
            self.hidden = self.workdir / "hidden.sqlite3"
            self.sqlite_path.rename(self.hidden)
        else:
            self.execute(
                f'ALTER DATABASE "{self.name}" WITH ALLOW_CONNECTIONS false',
                f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{self.name}'",  # noqa: S608
            )

    def bring_back(self):
        if self.is_sqlite:
            self.hidden.rename(self.sqlite_path)  # replaces the empty file SQLite made meanwhile
        else:
            self.execute(f'ALTER DATABASE "{self.name}" WITH ALLOW_CONNECTIONS true')

    def drop(self):
        if not self.is_sqlite:
            self.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        shutil.rmtree(self.workdir, ignore_errors=True)


class LiveSite:
    def __init__(self, database, workers=2, **env):
        self.database = database
        # SQLite keeps reading a moved file through an open connection: one connection per
        # request there, persistent connections with health checks on PostgreSQL.
        conn_max_age = "0" if database.is_sqlite else "60"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "conciliazione.settings.test",
            "DATABASE_URL": database.url,
            "DB_CONN_MAX_AGE": conn_max_age,
            "MEDIA_ROOT": str(database.workdir / "media"),
            **env,
        }
        self.workers = workers
        self.port = unused_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def manage(self, *args):
        subprocess.run(  # noqa: S603
            [sys.executable, str(ROOT / "manage.py"), *args], env=self.env, cwd=ROOT, check=True, capture_output=True
        )

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "-m",
                "gunicorn",
                "conciliazione.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--log-level",
                "warning",
            ],
            env=self.env,
            cwd=ROOT,
        )
        deadline = time.monotonic() + 60
        while get_or_none(f"{self.url}/healthz") != 200:
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.stop()
                raise RuntimeError("Il server di prova non si è avviato.")
            time.sleep(0.3)
        return self

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)


def get_or_none(url):
    try:
        return get(url, timeout=5)[0]
    except OSError:
        return None
