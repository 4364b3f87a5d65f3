"""The language switcher and the hreflang alternates of every page."""

from django import template
from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation
from django.utils.translation import gettext
from wagtail import views as wagtail_views
from wagtail.models import Locale, Site

from home.i18n import language_alternates, page_translations, source_language_version

register = template.Library()


def language_home_url(site, code, request):
    """The home page in language `code` (the default language's home if it has no translation)."""
    home = site.root_page
    locale = Locale.objects.filter(language_code=code).first()
    translated = home.get_translation_or_none(locale) if locale else None
    if translated is not None and translated.live:
        home = translated
    return home.get_url(request=request) or "/"


def is_wagtail_page_url(request):
    try:
        return resolve(request.path_info).func == wagtail_views.serve
    except Resolver404:
        return True


def other_view_url(request, code):
    """The same non-page view (search, open data...) in language `code`, with its query."""
    url = translate_url(request.path, code)
    query = request.META.get("QUERY_STRING", "")
    return f"{url}?{query}" if query else url


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """A link per language: to the same page in that language when it exists, else to that
    language's home page, saying so (in that language)."""
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    site = Site.find_for_request(request) if request else None
    versions = page_translations(page) if page is not None and getattr(page, "translation_key", None) else {}
    links = []
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        link = {"code": code, "name": name, "current": code == current, "fallback": False, "url": ""}
        if link["current"]:
            pass
        elif code in versions:
            link["url"] = versions[code].get_url(request=request)
        elif page is None and request is not None and not is_wagtail_page_url(request):
            link["url"] = other_view_url(request, code)
        elif site is not None:
            link["url"] = language_home_url(site, code, request)
            link["fallback"] = page is not None
            with translation.override(code):
                link["note"] = gettext("pagina iniziale: questa pagina non è disponibile in questa lingua")
        links.append(link)
    return {"links": links}


@register.inclusion_tag("components/language_alternates.html", takes_context=True)
def hreflang_alternates(context):
    page = context.get("page")
    if page is None or not getattr(page, "translation_key", None):
        return {"alternates": []}
    request = context.get("request")
    suffix = route_suffix(page, request)
    alternates = language_alternates(page, request)
    return {"alternates": [{**link, "location": link["location"] + suffix} for link in alternates]}


def route_suffix(page, request):
    """The part of the address past the page's own URL: a routable page's sub-route (the
    guide's planner, the library's company view), which every language version shares."""
    url = page.get_url(request=request) if request is not None else None
    if not url or not request.path.startswith(url):
        return ""
    return request.path[len(url) :]


@register.simple_tag(takes_context=True)
def page_language(context):
    """The language of the page being shown, for <html lang>: the page's own locale when
    there is a page, otherwise the active language."""
    page = context.get("page")
    locale = getattr(page, "locale", None)
    return locale.language_code if locale is not None else translation.get_language()


register.simple_tag(source_language_version, name="source_language_version")
