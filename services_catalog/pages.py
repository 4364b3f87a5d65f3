"""Creating service pages under a network without Wagtail's per-page admin round trip.

Treebeard's `add_child` always validates (Wagtail's `Page.save(clean=True)`); seed
sheets whose contacts the source does not give must be saved without the «at least
one contact» rule, so the tree position is computed here and `save(clean=...)` is explicit."""

from django.db.models import F
from django.utils import timezone
from wagtail.models import Page


class ChildAdder:
    """Appends children to one parent page; remembers the last path so a run of
    insertions costs one query for the position instead of one per page."""

    def __init__(self, parent):
        self.parent = parent
        last = parent.get_last_child()
        self.last_path = last.path if last else None
        self.added = 0

    def next_path(self):
        if self.last_path is None:
            return Page._get_path(self.parent.path, self.parent.depth + 1, 1)
        probe = Page(path=self.last_path, depth=self.parent.depth + 1)
        return probe._inc_path()

    def place(self, page):
        """Gives `page` the next position under the parent, without saving it; `finish`
        then counts it in the parent's children."""
        page.depth = self.parent.depth + 1
        page.path = self.next_path()
        self.last_path = page.path
        self.added += 1
        return page

    def add(self, page, *, clean=True):
        self.place(page)
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = timezone.now()
        page._cached_parent_obj = self.parent
        page.save(clean=clean)
        return page

    def finish(self):
        """Updates the parent's child count once (treebeard keeps it denormalised)."""
        if self.added:
            Page.objects.filter(pk=self.parent.pk).update(numchild=F("numchild") + self.added)
            self.parent.numchild += self.added
            self.added = 0


def add_child_page(parent, page, *, clean=True):
    """Adds one live page under `parent` with its first revision recorded as the live one.
    (Wagtail's publish action always validates, so the revision is marked live here.)"""
    adder = ChildAdder(parent)
    adder.add(page, clean=clean)
    adder.finish()
    revision = page.save_revision(clean=clean)
    Page.objects.filter(pk=page.pk).update(live_revision=revision, has_unpublished_changes=False)
    page.live_revision = revision
    page.has_unpublished_changes = False
    return page
