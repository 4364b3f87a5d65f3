"""Publishing many new pages under one parent in a few queries per batch (the demo generator).

For each page it writes the rows of `services_catalog.pages.add_child_page(parent, page,
publishing_rules=False)`, the project's way of adding one live page: the page (tree position, url_path,
locale, translation key, network, live and first published now), its child objects and
many-to-many rows, the «wagtail.create» log entry that Page.save writes for a new page, and its
first revision, which is both the latest and the live one. The writing of pages, child rows and
log entries is the import's (editorial.importer.bulk_pages); what differs from an import's
drafts is the page being live and its revision marked live. Like the import it skips what one
save does per page and a bulk writer does not need: validation (callers give valid pages), the
post_save signals (the search index is filled in bulk by the caller, the reference index is
rebuilt on the next save) and Wagtail's «page created» log line. A test compares both ways."""

from decimal import Decimal

from django.db.models import DecimalField
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from wagtail.models import Page

from editorial.importer.bulk_pages import (
    hold_relations_in_memory,
    insert_pages,
    insert_revisions,
    log_entries,
    save_children,
)
from services_catalog.pages import ChildAdder

UPDATE_BATCH = 500
UNKNOWN = object()


def as_stored(instance):
    """Gives the decimal fields of a just written cluster instance and of its child objects the
    value the database stores (rounded to the field's places), as Wagtail's revision, which reads
    the child objects back from the database once they are saved, records them."""
    for field in instance._meta.concrete_fields:
        value = getattr(instance, field.attname)
        if isinstance(field, DecimalField) and value is not None:
            setattr(instance, field.attname, field.to_python(value).quantize(Decimal(1).scaleb(-field.decimal_places)))
    for relation in get_all_child_relations(type(instance)):
        for child in getattr(instance, relation.get_accessor_name()).all():
            as_stored(child)


class LivePageCreator:
    """Adds new live pages under `parent`, batch after batch; `finish` updates the parent's
    child count once. Must run inside a transaction (the caller's). Every page must have a
    slug unique among its siblings (Wagtail's add_child does not make one up either)."""

    def __init__(self, parent):
        self.parent = parent
        self.adder = ChildAdder(parent)
        self.network_pk = UNKNOWN

    def create(self, pages):
        """Writes `pages` (unsaved instances of one page type, fields and relations set in
        memory) live, with their first revision; returns them."""
        if not pages:
            return pages
        now = timezone.now()
        for page in pages:
            self.prepare(page, now)
        insert_pages(pages)
        save_children(pages)
        for page in pages:
            as_stored(page)
        log_entries(pages, "wagtail.create", lambda page: page.owner, content_changed=True)
        self.save_live_revisions(pages)
        return pages

    def prepare(self, page, now):
        """What add_child and Page.save (with the page type's own save) set on a new live page."""
        self.adder.place(page)
        page.set_url_path(self.parent)
        page.draft_title = page.draft_title or page.title  # as Page.full_clean sets it
        page.locale_id = page.locale_id or self.parent.locale_id
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = now
        if hasattr(page, "find_network"):  # network-owned pages (home.models.network_owned)
            page.network_id = self.network_id(page)
        hold_relations_in_memory(page)

    def network_id(self, page):
        """The network of the pages placed here (the same for every sibling): one query."""
        if self.network_pk is UNKNOWN:
            network = page.find_network()
            self.network_pk = network.pk if network else None
        return self.network_pk

    def save_live_revisions(self, pages):
        """save_revision as add_child_page calls it (content read before the page's bookkeeping
        changes), then the revision made the live one."""
        created_at = timezone.now()
        revisions = insert_revisions(pages, created_at)
        rows = []
        for page, revision in zip(pages, revisions, strict=True):
            page.latest_revision = page.live_revision = revision
            page.latest_revision_created_at = created_at
            page.draft_title = page.title
            rows.append(
                Page(
                    pk=page.pk,
                    latest_revision_id=revision.pk,
                    live_revision_id=revision.pk,
                    latest_revision_created_at=created_at,
                    draft_title=page.title,
                )
            )
        fields = ["latest_revision", "live_revision", "latest_revision_created_at", "draft_title"]
        Page.objects.bulk_update(rows, fields, batch_size=UPDATE_BATCH)

    def finish(self):
        self.adder.finish()
