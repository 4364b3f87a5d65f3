"""The preview's validated rows, kept for the write.

An import is validated when the editor uploads it (the preview) and written later, by a
background task, possibly in another process. The write used to read and validate the file
again, a large part of the import's time (bench/RESULTS-import.md). The preview now keeps its row
results in the shared cache (Redis, or the file cache of a single machine) under a key made of
everything the validation depends on: the file's bytes, the taxonomy entries the codes resolve
to, and the day (a verification date may not be in the future). The write takes them only if
the key still matches; otherwise (the taxonomy changed, a day passed, the entry expired or
was evicted) it validates the file again, as before. Docs: docs/import-fast-path.md."""

import hashlib

from django.core.cache import caches

CACHE_ALIAS = "shared"
# Past a day the date rule alone would change the key: keep no longer than that.
TIMEOUT = 60 * 60 * 24


def cache_key(service_import, content, validator):
    digest = hashlib.sha256(content).hexdigest()
    return f"editorial:import-rows:{service_import.pk}:{digest}:{validator.fingerprint()}"


def keep(service_import, content, validator, results):
    caches[CACHE_ALIAS].set(cache_key(service_import, content, validator), results, TIMEOUT)


def take(service_import, content, validator):
    """The rows the preview kept for this file, if still valid for `validator`, else None;
    an entry is taken once."""
    cache = caches[CACHE_ALIAS]
    key = cache_key(service_import, content, validator)
    results = cache.get(key)
    cache.delete(key)
    return results
