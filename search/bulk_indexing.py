"""Indexing many pages at once. Saving thousands of pages one by one would update the search
index and Wagtail's reference index after every save, before their taxonomy and child rows are
even written; bulk writers (the service import, the demo generator) pause both for the model
and index the finished pages in chunks afterwards. The reference index of a page is rebuilt when
the page is saved again (e.g. published) or by `manage.py rebuild_references_index`."""

from contextlib import contextmanager

from django.db.models.signals import post_save
from modelcluster.fields import ParentalManyToManyField
from modelsearch.backends import get_search_backends
from modelsearch.index import RelatedFields
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update

CHUNK = 500


@contextmanager
def per_save_indexing_paused(model):
    """Saves of `model` inside the block update neither the search nor the reference index."""
    disconnected = post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        if disconnected:
            post_save.connect(post_save_signal_handler, sender=model)


def indexed_objects(model):
    """`model.get_indexed_objects()`, which prefetches the related search fields, plus the
    parental many-to-many ones (the taxonomy) that modelsearch leaves to a query per object."""
    many_to_many = [
        field.field_name
        for field in model.get_search_fields()
        if isinstance(field, RelatedFields)
        and isinstance(model._meta.get_field(field.field_name), ParentalManyToManyField)
    ]
    return model.get_indexed_objects().prefetch_related(*many_to_many)


def index_in_bulk(model, pks):
    """Adds the objects of `model` with these primary keys to every auto-updated search backend,
    fetching their related search fields (taxonomy, locations) in one query each per chunk."""
    pks = list(pks)
    objects = indexed_objects(model)
    for backend in get_search_backends(with_auto_update=True):
        for start in range(0, len(pks), CHUNK):
            backend.add_bulk(model, list(objects.filter(pk__in=pks[start : start + CHUNK])))


def index_objects_in_bulk(model, objects):
    """Adds objects just written, with their related search fields in memory (a bulk writer's
    pages), to every auto-updated search backend: no query to read them back."""
    for backend in get_search_backends(with_auto_update=True):
        for start in range(0, len(objects), CHUNK):
            backend.add_bulk(model, objects[start : start + CHUNK])
