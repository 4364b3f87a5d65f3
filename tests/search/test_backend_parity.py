"""SQLite and PostgreSQL must find the same pages for every query of the relevance set.

The two backends analyse Italian in different code (search/backends); this test holds them
to the same matches, through the search the site uses (`found_paths`: what /cerca/ lists).
Order is not compared (each backend ranks with its own formula: test_relevance.py judges
the ranking on each), only which pages match.

The SQLite pass of `make test` records its matches in PARITY_FILE, stamped with a
fingerprint of the site's code; the PostgreSQL pass (`.ci/run` runs it second, in the same
checkout) compares its own matches with them and lists every query that differs. Queries
known to differ are listed, with the reason, in known_backend_differences.json (every run
prints their differences); a listed query that no longer differs fails too, so that the
list stays true."""

import hashlib
import json
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from tests.apps_of_ours import apps_of_ours
from tests.search.relevance_set import RELEVANCE_SET

pytestmark = pytest.mark.django_db

PARITY_FILE = Path(os.environ.get("SEARCH_PARITY_FILE", settings.BASE_DIR / ".cache" / "search-parity.json"))
KNOWN_DIFFERENCES = Path(__file__).with_name("known_backend_differences.json")
QUERIES = [entry[0] for entry in RELEVANCE_SET]  # each entry starts with the query
SOURCE_SUFFIXES = {".py", ".json", ".txt", ".csv", ".yaml", ".yml", ".md", ".html"}


def code_fingerprint():
    digest = hashlib.sha256()
    # The code and data that decide what a query finds: every app of the site (tests excluded).
    for directory in ["conciliazione", *apps_of_ours()]:
        for path in sorted((settings.BASE_DIR / directory).rglob("*")):
            if path.suffix in SOURCE_SUFFIXES and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(settings.BASE_DIR)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def matches(found_paths):
    call_command("update_index", verbosity=0)
    return {query: sorted(found_paths(query)) for query in QUERIES}


def differences(sqlite, postgres):
    """{query: (only on SQLite, only on PostgreSQL)} for the queries whose matches differ."""
    return {
        query: (sorted(set(sqlite[query]) - set(postgres[query])), sorted(set(postgres[query]) - set(sqlite[query])))
        for query in sqlite
        if set(sqlite[query]) != set(postgres.get(query, []))
    }


def recorded_sqlite_matches():
    """The SQLite pass's matches for this code, or the reason they cannot be used."""
    if not PARITY_FILE.exists():
        return None, f"{PARITY_FILE} is missing: run the SQLite pass first (`make test`, or `.ci/run`)"
    recorded = json.loads(PARITY_FILE.read_text())
    if recorded["fingerprint"] != code_fingerprint():
        return None, f"{PARITY_FILE} was recorded for other code: run the SQLite pass again"
    if set(recorded["matches"]) != set(QUERIES):
        return None, f"{PARITY_FILE} was recorded for another relevance set: run the SQLite pass again"
    return recorded["matches"], None


def report(found):
    lines = [
        f"  {query!r}: only SQLite {only_sqlite}, only PostgreSQL {only_pg}"
        for query, (only_sqlite, only_pg) in found.items()
    ]
    return "\n".join(lines) or "  (none)"


def test_the_differences_are_computed_per_query():
    sqlite = {"a": ["/x/", "/y/"], "b": ["/z/"], "c": []}
    postgres = {"a": ["/y/", "/x/"], "b": ["/z/", "/w/"], "c": []}
    assert differences(sqlite, postgres) == {"b": ([], ["/w/"])}


def test_sqlite_records_its_matches_for_the_postgresql_pass(found_paths):
    if connection.vendor != "sqlite":
        pytest.skip("the SQLite pass records, the PostgreSQL pass compares")
    found = matches(found_paths)
    PARITY_FILE.parent.mkdir(parents=True, exist_ok=True)
    PARITY_FILE.write_text(json.dumps({"fingerprint": code_fingerprint(), "matches": found}, indent=1, sort_keys=True))
    # A query that finds nothing would compare nothing.
    assert not [query for query, paths in found.items() if not paths]


def test_postgresql_finds_what_sqlite_finds(found_paths, capsys):
    if connection.vendor != "postgresql":
        pytest.skip("compared in the PostgreSQL pass")
    sqlite, unusable = recorded_sqlite_matches()
    if sqlite is None:
        if os.environ.get("SEARCH_PARITY_REQUIRED"):
            pytest.fail(unusable)
        pytest.skip(unusable)
    found = differences(sqlite, matches(found_paths))
    known = json.loads(KNOWN_DIFFERENCES.read_text())  # {query: why it differs}
    with capsys.disabled():
        print(f"\nQueries of the relevance set whose matches differ (SQLite, PostgreSQL):\n{report(found)}")
    unexpected = {query: difference for query, difference in found.items() if query not in known}
    no_longer = sorted(set(known) - set(found))
    assert not unexpected, f"new differences (not in {KNOWN_DIFFERENCES.name}):\n{report(unexpected)}"
    assert not no_longer, f"listed in {KNOWN_DIFFERENCES.name} but no longer different: {no_longer}"
