"""The anonymous page cache: what is cached, what never is, and invalidation."""

import http.server
import threading

import pytest
from django.http import HttpResponse
from django.test import Client
from django_redis import get_redis_connection

from caching.pagecache import is_cacheable_response
from home.models import Objective

pytestmark = pytest.mark.django_db


def test_anonymous_page_is_served_from_cache_with_validators(client, page_cache_on):
    first = client.get("/accordo/")
    second = client.get("/accordo/")
    assert first["X-Cache"] == "MISS" and second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert second["Last-Modified"] == first["Last-Modified"]
    directives = {d.strip() for d in second["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=60"}


def test_conditional_get_answers_304(client, page_cache_on):
    etag = client.get("/accordo/")["ETag"]
    assert client.get("/accordo/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    last_modified = client.get("/accordo/")["Last-Modified"]
    assert client.get("/accordo/", HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304


def test_head_is_answered_from_the_cached_get(client, page_cache_on):
    client.get("/reti/")
    assert client.head("/reti/")["X-Cache"] == "HIT"


def test_query_string_is_part_of_the_key(client, page_cache_on):
    client.get("/cerca/?q=reti")
    other = client.get("/cerca/?q=accordo")
    assert other["X-Cache"] == "MISS"
    assert "accordo" in other.content.decode()


def test_requests_with_a_cookie_or_session_are_never_cached(client, admin_client, page_cache_on):
    client.get("/accordo/")
    logged_in = admin_client.get("/accordo/")
    assert "X-Cache" not in logged_in
    assert "private" in logged_in["Cache-Control"]
    with_cookie = Client()
    with_cookie.cookies["csrftoken"] = "abc"
    for _ in range(2):
        response = with_cookie.get("/reti/")
        assert "X-Cache" not in response
    assert Client().get("/reti/")["X-Cache"] == "MISS"


def test_admin_is_never_cached(client, page_cache_on):
    for _ in range(2):
        response = client.get("/admin/login/")
        assert "X-Cache" not in response
        assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]


def test_errors_are_not_cached(client, page_cache_on):
    assert "X-Cache" not in client.get("/non-esiste/")
    assert "X-Cache" not in client.get("/non-esiste/")


@pytest.mark.parametrize(
    "prepare",
    [
        lambda r: r.set_cookie("sessionid", "x"),
        lambda r: r.headers.__setitem__("Cache-Control", "private"),
        lambda r: r.headers.__setitem__("Cache-Control", "no-store"),
        lambda r: r.headers.__setitem__("Vary", "Authorization"),
    ],
    ids=["sets-cookie", "private", "no-store", "varies-on-authorization"],
)
def test_responses_marked_personal_are_not_cacheable(rf, prepare):
    request = rf.get("/")
    response = HttpResponse("x")
    assert is_cacheable_response(request, response)
    prepare(response)
    assert not is_cacheable_response(request, response)


def test_previews_are_not_cacheable(rf):
    request = rf.get("/")
    request.is_preview = True
    assert not is_cacheable_response(request, HttpResponse("x"))


def publish_new_title_and_check(client, page_by_path, capture_on_commit, title):
    """Publishes /accordo/ with a new title: the next anonymous GET renders it afresh."""
    page = page_by_path("/accordo/")
    page.title = title
    with capture_on_commit(execute=True):
        page.save_revision().publish()
    response = client.get("/accordo/")
    assert response["X-Cache"] == "MISS"
    assert title in response.content.decode()


def test_publishing_a_page_invalidates(client, page_by_path, page_cache_on, django_capture_on_commit_callbacks):
    assert client.get("/accordo/")["X-Cache"] == "MISS"
    publish_new_title_and_check(client, page_by_path, django_capture_on_commit_callbacks, "Accordo aggiornato")


def test_unpublishing_a_page_invalidates(client, page_by_path, page_cache_on, django_capture_on_commit_callbacks):
    child = page_by_path("/accordo/").get_children().live().first()
    url = child.url
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        child.unpublish()
    assert client.get(url).status_code == 404


def test_moving_a_page_invalidates(client, page_by_path, page_cache_on, django_capture_on_commit_callbacks):
    child = page_by_path("/accordo/").get_children().live().first().specific
    old_url = child.url
    assert client.get(old_url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        child.move(page_by_path("/reti/"), pos="last-child")
    moved = client.get(old_url)  # Wagtail's automatic redirect to the new address
    assert moved.status_code == 301 and moved["Location"].startswith("/reti/")


def test_editing_a_taxonomy_snippet_invalidates(client, page_cache_on, django_capture_on_commit_callbacks):
    client.get("/")
    with django_capture_on_commit_callbacks(execute=True):
        Objective.objects.first().save()
    assert client.get("/")["X-Cache"] == "MISS"


def test_draft_changes_do_not_invalidate(client, page_by_path, page_cache_on, django_capture_on_commit_callbacks):
    client.get("/accordo/")
    page = page_by_path("/reti/")
    page.title = "Bozza non pubblicata"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision()
    response = client.get("/accordo/")
    assert response["X-Cache"] == "HIT"


def test_cache_and_invalidation_on_real_redis(
    client, page_by_path, page_cache_on, redis_cache, django_capture_on_commit_callbacks
):
    assert client.get("/accordo/")["X-Cache"] == "MISS"
    assert client.get("/accordo/")["X-Cache"] == "HIT"
    keys = get_redis_connection("shared").keys("*")
    assert any(b"pagecache:page:" in key for key in keys)
    publish_new_title_and_check(client, page_by_path, django_capture_on_commit_callbacks, "Accordo letto da Redis")


class PurgeRecorder(http.server.BaseHTTPRequestHandler):
    purged = []

    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.purged.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_publishing_purges_the_cdn(settings, page_by_path, django_capture_on_commit_callbacks):
    server = http.server.HTTPServer(("127.0.0.1", 0), PurgeRecorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    PurgeRecorder.purged.clear()
    network = page_by_path("/reti/lecco/")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            network.save_revision().publish()
    finally:
        server.shutdown()
    assert "/reti/lecco/" in PurgeRecorder.purged
    assert "/reti/" in PurgeRecorder.purged


def test_made_up_query_parameters_are_not_cached_and_known_ones_share_one_entry(client, page_cache_on):
    for made_up in ("/reti/?x=1", "/reti/?utm_source=prova", "/cerca/?q=reti&random=abc"):
        assert client.get(made_up).status_code == 200
        assert "X-Cache" not in client.get(made_up), made_up
    assert client.get("/servizi/?rete=lecco&gratuito=1")["X-Cache"] == "MISS"
    assert client.get("/servizi/?gratuito=1&rete=lecco")["X-Cache"] == "HIT"


def test_the_file_cache_lists_its_folder_once_an_interval_not_on_every_write(tmp_path, monkeypatch):
    from caching.filecache import FileCache

    cache = FileCache(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": 10}})
    listings = []
    listing = cache._list_cache_files
    monkeypatch.setattr(cache, "_list_cache_files", lambda: listings.append(1) or listing())
    for number in range(40):
        cache.set(f"pagina-{number}", "x")
    assert len(listings) == 1


def test_the_shared_cache_without_redis_is_the_file_cache_that_culls_by_interval():
    from conciliazione.settings import base

    if base.REDIS_URL:
        pytest.skip("REDIS_URL is set: the shared cache is Redis")
    assert base.CACHES["shared"]["BACKEND"] == "caching.filecache.FileCache"
