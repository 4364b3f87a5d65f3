"""Which pages public search may show: live, public (no view restriction), in the
active language, and not withdrawn by their own model.

A page model withdraws pages from search by defining a classmethod
``search_exclusion()`` that returns a Q over its own fields (or None), for example
a service that has ended or expired:

    @classmethod
    def search_exclusion(cls):
        return Q(status="ended") | Q(valid_to__lt=date.today())

The search app never imports page models of other apps: it asks every page model."""

from wagtail.models import Locale, Page, get_page_models

EXCLUSION_HOOK = "search_exclusion"


def excluded_page_ids():
    """Subqueries of the ids of pages their models withdraw from search."""
    for model in get_page_models():
        hook = getattr(model, EXCLUSION_HOOK, None)
        if hook is None or model._meta.abstract:
            continue
        condition = hook()
        if condition is not None:
            yield model.objects.filter(condition).values("pk")


def searchable_pages(locale=None):
    pages = Page.objects.live().public().filter(locale=locale or Locale.get_active())
    # Aliases repeat a page under another path (synchronised trees): never a result of their own.
    # Excluded by id, since search backends filter on indexed fields only.
    pages = pages.exclude(pk__in=Page.objects.filter(alias_of__isnull=False).values("pk"))
    for ids in excluded_page_ids():
        pages = pages.exclude(pk__in=ids)
    return pages


def untranslated_source_pages(locale):
    """The searchable pages of the source language that have no page in `locale` (services and
    practices are written in Italian only): what a search in another language may also show,
    marked as Italian. Translated pages are left out by id, as search backends filter on
    indexed fields only."""
    source = Locale.get_default()
    translated = Page.objects.filter(
        locale=source, translation_key__in=Page.objects.filter(locale=locale).values("translation_key")
    )
    return searchable_pages(source).exclude(pk__in=translated.values("pk"))
