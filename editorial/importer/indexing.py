"""Search and reference indexing during a bulk import. Saving thousands of pages one by one
would update the search index and Wagtail's reference index after every save; instead the
import pauses both for ServicePage and indexes the new drafts in bulk afterwards. The
reference index of a page is rebuilt when the page is published (its save runs the signal
handlers again) or by `manage.py rebuild_references_index`."""

from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update

BULK_SIZE = 500


@contextmanager
def per_save_indexing_paused(model):
    post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.connect(post_save_signal_handler, sender=model)


def index_in_bulk(model, pks):
    pks = list(pks)
    for backend in get_search_backends(with_auto_update=True):
        for start in range(0, len(pks), BULK_SIZE):
            objects = list(model.objects.filter(pk__in=pks[start : start + BULK_SIZE]))
            backend.add_bulk(model, objects)
