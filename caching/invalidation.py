"""When public content changes, the anonymous page cache starts a new generation and,
when a CDN is configured (WAGTAILFRONTENDCACHE), the changed page and its ancestors (the
listings that show it: the network, the catalogue or library) are purged there too;
wagtail.contrib.frontend_cache itself purges the page on publish and unpublish.

Everything runs after the transaction commits, so a request in between cannot cache the
old content again."""

import functools

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_unpublished, post_page_move, published, unpublished

from caching.pagecache import invalidate_all


def models_shown_on_pages():
    """Non-page models whose changes show on public pages: snippets (taxonomy), site
    settings, sites, locales, images and documents, search promotions (shown on the search
    page), and the view restrictions that take a page (and its menu entry) away from the
    public."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import CollectionViewRestriction, Locale, PageViewRestriction, Site
    from wagtail.snippets.models import get_snippet_models

    return {
        *get_snippet_models(),
        *settings_registry,
        Site,
        Locale,
        PageViewRestriction,
        CollectionViewRestriction,
        SearchPromotion,
        get_image_model(),
        get_document_model(),
    }


@functools.cache
def models_shown_on_pages_once():
    return frozenset(models_shown_on_pages())


def listings_of(page):
    return [ancestor.specific for ancestor in page.get_ancestors().filter(depth__gt=1)]


def purge_from_frontend_cache(pages, with_listings):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    for page in pages:
        batch.add_page(page)
        if with_listings:
            batch.add_pages(listings_of(page))
    batch.purge()


def content_changed(pages=(), with_listings=True):
    def run():
        invalidate_all()
        purge_from_frontend_cache(pages, with_listings)

    transaction.on_commit(run)


# Fields a draft save (save_revision) or a lock writes: nothing public changes.
DRAFT_BOOKKEEPING_FIELDS = {
    "comments",
    "latest_revision_created_at",
    "draft_title",
    "latest_revision",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def on_page_saved(instance, update_fields=None):
    if update_fields is not None and set(update_fields) <= DRAFT_BOOKKEEPING_FIELDS:
        return
    if instance.live:
        # The page itself is purged by wagtail.contrib.frontend_cache on publish.
        content_changed([instance])


def on_page_unpublished(sender, instance, **kwargs):
    content_changed([instance])


def on_page_moved(sender, instance, parent_page_before=None, parent_page_after=None, **kwargs):
    parents = [parent.specific for parent in (parent_page_before, parent_page_after) if parent]
    content_changed([instance, *parents], with_listings=False)


def on_other_content_changed(sender):
    if sender in models_shown_on_pages_once():
        content_changed()


def on_publication_changed(sender, instance, **kwargs):
    if not isinstance(instance, Page):
        content_changed()


def page_or_other_saved(sender, instance, **kwargs):
    if isinstance(instance, Page):
        on_page_saved(instance, kwargs.get("update_fields"))
    else:
        on_other_content_changed(sender)


def page_or_other_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        if instance.live:
            content_changed()
    else:
        on_other_content_changed(sender)


def connect_signals():
    post_save.connect(page_or_other_saved, dispatch_uid="caching-post-save")
    post_delete.connect(page_or_other_deleted, dispatch_uid="caching-post-delete")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="caching-page-unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="caching-page-moved")
    published.connect(on_publication_changed, dispatch_uid="caching-published")
    unpublished.connect(on_publication_changed, dispatch_uid="caching-unpublished")
