"""Lists and search show the pages of one language only, never an alias: an alias repeats
a page the list already holds, or shows it under another language with the source text.
Shared by the site search, the service catalogue and the good-practice library."""

from wagtail.models import Locale, Page

from search.memo import kept


def in_language(pages, locale=None):
    """`pages` (a page queryset) in `locale`, the active language by default, without aliases."""
    return pages.filter(locale=locale or Locale.get_active(), alias_of__isnull=True)


def searchable_in_language(pages, locale=None):
    """The same for a queryset about to be searched: search backends filter on indexed fields
    only (`locale` and `id` are indexed on every page, `alias_of` is not), so aliases are left
    out by id. Aliases are rare (trees are not synchronised), so the list stays short."""
    locale = locale or Locale.get_active()
    aliases = alias_ids(locale)
    pages = pages.filter(locale=locale)
    return pages.exclude(id__in=aliases) if aliases else pages


def alias_ids(locale):
    """The keys of `locale`'s aliases, kept by the worker until content changes (creating,
    publishing or deleting a page renews the generation): one query a list otherwise."""

    def query():
        # Unordered: Page's default order (path) made SQLite walk every page in path order.
        aliases = Page.objects.filter(locale=locale, alias_of__isnull=False).order_by()
        return list(aliases.values_list("id", flat=True))

    return kept(f"alias-ids:{locale.pk}", query)
