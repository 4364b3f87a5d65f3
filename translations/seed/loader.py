"""Seed loader: creates a Locale for every content language and the English
translations of the seed pages and taxonomy, as real wagtail-localize translations
(TranslationSource, StringTranslation, Translation), so editors find them in the
admin's translation editor and can sync them when the Italian source changes.

Idempotent: an object that already has an English version is left alone (an
editor's translation is never overwritten)."""

import logging

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.models import Audience, HomePage, Objective
from translations.seed.english import SLUGS, translation_memory

logger = logging.getLogger(__name__)

TOOL_NAME = "seed"


def ensure_locales():
    """One Locale per content language: adding a language is a setting plus translations."""
    return [Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES]


def pages_to_translate(source_locale):
    """The seed pages that have an English version, parents before children: the home, the
    agreement and its children, the network index, the catalogue and library indexes, the
    footer pages. The network pages, with their services and practices, stay Italian (the
    English network index lists them as such); editors can translate any page later."""
    home = HomePage.objects.filter(locale=source_locale).first()
    if home is None:
        return []
    known_slugs = set(SLUGS)
    pages, parents = [home], [home]
    for _level in range(2):
        children = [
            child for parent in parents for child in parent.get_children().filter(slug__in=known_slugs).specific()
        ]
        pages.extend(children)
        parents = children
    return pages


def add_string_translations(source, locale, memory):
    """Fill wagtail-localize's translation memory for one source; returns the untranslated strings."""
    missing = []
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = memory.get(segment.string.data)
        if text is None:
            missing.append(segment.string.data)
            continue
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": text,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "tool_name": TOOL_NAME,
            },
        )
    return missing


def translate(instance, locale, memory):
    """Create the translation of one object unless it exists; returns True when created."""
    if instance.has_translation(locale):
        return False
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    missing = add_string_translations(source, locale, memory)
    if missing:
        logger.warning("%s: %d segments without an English translation: %s", instance, len(missing), missing[:3])
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    if isinstance(instance, Page):
        # Saved as a draft, then published from a fresh copy: save_target(publish=True) defers the
        # publication to the end of the transaction with an in-memory page whose tree counters
        # (numchild) are stale by then, which would hide the children added meanwhile.
        translation.save_target(publish=False)
        Page.objects.get(pk=instance.get_translation(locale).pk).get_latest_revision().publish()
    else:
        translation.save_target(publish=True)
    return True


@transaction.atomic
def load(stdout=None):
    locales = ensure_locales()
    source_locale = Locale.get_default()
    english = next((locale for locale in locales if locale.language_code == "en"), None)
    created = 0
    if english is not None:
        memory = translation_memory()
        for objective in Objective.objects.filter(locale=source_locale):
            created += translate(objective, english, memory)
        for audience in Audience.objects.filter(locale=source_locale):
            created += translate(audience, english, memory)
        for page in pages_to_translate(source_locale):
            created += translate(page, english, memory)
    if stdout is not None:
        stdout.write(f"traduzioni: {len(locales)} lingue, {created} traduzioni create")
    return {"locales": len(locales), "translations": created}
