"""The record of searches made (wagtail.contrib.search_promotions' daily hits), written
without holding the request: a search adds one to a counter in the worker's memory, and
the counters are written in one batch (one transaction) at most every
settings.SEARCH_HITS_FLUSH_SECONDS, by a background thread of the worker, and when the
worker exits. On SQLite this keeps the searches' writes from contending with the editors'
saves. A worker killed outright loses at most that interval's counts (statistics, not
content). Searches that found nothing are kept too, with the words no page holds
(search.models.UnansweredSearch, shown in the admin). `flush_search_hits()` writes what
this process holds (the scheduler and tests call it); 0 seconds starts no thread and writes
nothing at exit (the tests' setting: their database is gone by then)."""

import atexit
import logging
import threading
from collections import Counter

from django.conf import settings
from django.db import close_old_connections, transaction
from django.db.models import F
from django.utils import timezone
from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.models import UnansweredSearch

logger = logging.getLogger(__name__)
_pending = Counter()
# Searches that found nothing: {query string: (the words no page holds, searches, last day)}.
_unanswered = {}
_lock = threading.Lock()
_flusher = None


def record_hit(query_text, missing_words=None):
    """Counts one search of `query_text` today; `missing_words` (a list) when it found nothing:
    the words no page holds. Nothing is written to the database here."""
    query_string = normalise_query_string(query_text)
    today = timezone.now().date()
    with _lock:
        _pending[(query_string, today)] += 1
        if missing_words is not None:
            searches = _unanswered.get(query_string, ((), 0, today))[1]
            _unanswered[query_string] = (tuple(missing_words), searches + 1, today)
    start_flusher()


def flush_search_hits():
    """Writes the counts held by this process to the database; returns how many searches."""
    with _lock:
        batch = dict(_pending)
        _pending.clear()
        unanswered = dict(_unanswered)
        _unanswered.clear()
    with transaction.atomic():
        for (query_string, day), hits in batch.items():
            query = Query.objects.get_or_create(query_string=query_string)[0]
            daily = QueryDailyHits.objects.get_or_create(query=query, date=day)[0]
            QueryDailyHits.objects.filter(pk=daily.pk).update(hits=F("hits") + hits)
        for query_string, (missing, searches, day) in unanswered.items():
            write_unanswered(query_string[:255], ", ".join(missing)[:255], searches, day)
    return sum(batch.values())


def write_unanswered(query_string, missing_words, searches, day):
    row, _created = UnansweredSearch.objects.get_or_create(
        query_string=query_string, defaults={"last_searched": day, "missing_words": missing_words}
    )
    UnansweredSearch.objects.filter(pk=row.pk).update(
        searches=F("searches") + searches, last_searched=day, missing_words=missing_words
    )


def start_flusher():
    global _flusher
    interval = settings.SEARCH_HITS_FLUSH_SECONDS
    if interval <= 0 or (_flusher is not None and _flusher.is_alive()):
        return
    with _lock:
        if _flusher is None or not _flusher.is_alive():
            _flusher = threading.Thread(target=flush_forever, args=(interval,), daemon=True, name="search-hits")
            _flusher.start()


def flush_forever(interval):
    stop = threading.Event()
    while not stop.wait(interval):
        close_old_connections()
        try:
            flush_search_hits()
        except Exception:  # noqa: BLE001 - a lost batch of statistics must not end the thread
            logger.exception("Search statistics not written")


@atexit.register
def flush_at_exit():
    """Writes what the worker holds, when it writes in the background at all. The database may
    be gone at exit (a test database already dropped): one line in the log, no traceback."""
    if not _pending or settings.SEARCH_HITS_FLUSH_SECONDS <= 0:
        return
    searches = sum(_pending.values())
    try:
        flush_search_hits()
    except Exception as error:  # noqa: BLE001 - the database may already be gone at exit
        logger.info("Search statistics of %d searches not written at exit: %s", searches, type(error).__name__)
