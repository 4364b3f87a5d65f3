"""Creating service pages under a network: one live page through Wagtail's API
(`add_child_page`, the seed's way), or many at a time by tree position (`ChildAdder`: the
import's bulk writer and the demo generator, see docs/import-fast-path.md)."""

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


def add_child_page(parent, page, *, publishing_rules=True):
    """Adds one live page under `parent` through Wagtail (`add_child`, `save_revision`), its
    first revision recorded as the live one. Without `publishing_rules` the page is validated
    as a draft (ServicePage.validating_draft: seed sheets whose contacts the source does not
    give); Wagtail's publish action would apply those rules, so the revision is marked live here."""
    page.validating_draft = not publishing_rules
    page.live = True
    page.first_published_at = page.last_published_at = timezone.now()
    parent.add_child(instance=page)
    revision = page.save_revision()
    Page.objects.filter(pk=page.pk).update(live_revision=revision, has_unpublished_changes=False)
    page.live_revision = revision
    page.has_unpublished_changes = False
    return page
