"""Prints, as JSON, the SQL queries each benchmarked page makes, uncached, in-process.
Run with the bench database's environment: `python bench/querycount.py URL...`."""

import json
import os
import sys

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conciliazione.settings.production")
os.environ["PAGE_CACHE_ENABLED"] = "0"
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def count_queries(client, url):
    client.get(url)  # warm per-process caches (site root paths, settings) as a running worker has them
    with CaptureQueriesContext(connection) as captured:
        status = client.get(url).status_code
    return {"status": status, "queries": len(captured.captured_queries)}


if __name__ == "__main__":
    client = Client(HTTP_HOST="127.0.0.1")
    print(json.dumps({url: count_queries(client, url) for url in sys.argv[1:]}))
