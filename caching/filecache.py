"""Django's file cache, with the size check run at most once every CULL_INTERVAL seconds per
process instead of on every write: Django's own lists the whole folder (thousands of files
for the page cache) before each `set`. Between two checks the folder may pass MAX_ENTRIES
by the writes of that interval; the next check culls it back."""

import threading
import time

from django.core.cache.backends.filebased import FileBasedCache

CULL_INTERVAL = 30  # seconds
_last_cull = {}
_lock = threading.Lock()


class FileCache(FileBasedCache):
    def _cull(self):
        now = time.monotonic()
        with _lock:
            if now - _last_cull.get(self._dir, float("-inf")) < CULL_INTERVAL:
                return
            _last_cull[self._dir] = now
        super()._cull()
