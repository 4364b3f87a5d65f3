"""The languages a page exists in: the basis of the language switcher, the hreflang
alternates in every page head and the alternates of the sitemap entries."""

from django.conf import settings
from wagtail.models import Page


def language_order():
    return [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES]


def page_translations(page):
    """{language code: page} for every live, public version of `page`, itself included, in
    the order of WAGTAIL_CONTENT_LANGUAGES. Aliases are left out: an alias shows the source
    language's text, so it is not a translation."""
    cached = getattr(page, "_live_language_versions", None)
    if cached is not None:  # the switcher and the hreflang links ask for the same page
        return cached
    versions = (
        Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True)
        .live()
        .public()
        .select_related("locale")
    )
    by_code = {version.locale.language_code: version for version in versions}
    page._live_language_versions = {code: by_code[code] for code in language_order() if code in by_code}
    return page._live_language_versions


def language_alternates(page, request=None):
    """hreflang alternates of `page`: one per translation, plus x-default (the default
    language's version), as dicts with `lang_code` and absolute `location`."""
    versions = page_translations(page)
    alternates = [{"lang_code": code, "location": version.get_full_url(request)} for code, version in versions.items()]
    default = versions.get(settings.LANGUAGE_CODE)
    if default is not None:
        alternates.append({"lang_code": "x-default", "location": default.get_full_url(request)})
    return alternates


def source_language_version(page):
    """The live default-language version of `page` when `page` is in another language, else
    None: pages whose content exists in Italian only use it to say so and link there."""
    if page is None or page.locale.language_code == settings.LANGUAGE_CODE:
        return None
    return page_translations(page).get(settings.LANGUAGE_CODE)
