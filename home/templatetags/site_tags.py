from decimal import Decimal

from django import template
from django.conf import settings
from django.utils.formats import number_format
from django.utils.html import format_html_join, strip_tags
from django.utils.text import Truncator
from wagtail import hooks
from wagtail.models import Site

from home.site_url import absolute_url

register = template.Library()


@register.filter
def figure(value):
    """Format a figure the Italian way: 4.354, 668.000,00, 23."""
    if value in (None, ""):
        return ""
    value = Decimal(value)
    decimals = 0 if value == value.to_integral_value() else 2
    return number_format(value, decimal_pos=decimals, use_l10n=True, force_grouping=True)


def menu_pages(request):
    """The live, public pages shown in the menu, in the request's language."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    return site.root_page.localized.get_children().live().public().in_menu().specific()


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context.get("request")
    current = context.get("page")
    current_path = current.path if current is not None else ""
    return {
        "items": [
            {"page": item, "active": bool(current_path) and current_path.startswith(item.path)}
            for item in menu_pages(request)
        ],
        "request": request,
    }


@register.inclusion_tag("components/main_navigation_items.html", takes_context=True)
def footer_sections(context):
    request = context.get("request")
    return {"items": [{"page": item, "active": False} for item in menu_pages(request)], "request": request}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": [], "page": page}
    ancestors = page.get_ancestors().filter(depth__gte=2).specific()
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}


@register.simple_tag(takes_context=True)
def home_url(context):
    """URL of the home page in the active language."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return "/"
    return site.root_page.localized.get_url(request=request) or "/"


# The page's own summary fields, in the order they best describe a page to a search engine.
DESCRIPTION_FIELDS = ("search_description", "short_description", "summary", "intro")
DESCRIPTION_LENGTH = 160


@register.simple_tag(takes_context=True)
def meta_description(context):
    """The page's <meta name="description">: its search description if an editor wrote one,
    else the first summary field the page type has, as plain text of at most 160 characters."""
    page = context.get("page")
    for name in DESCRIPTION_FIELDS:
        text = strip_tags(str(getattr(page, name, "") or "")).strip()
        if text:
            return Truncator(" ".join(text.split())).chars(DESCRIPTION_LENGTH)
    return ""


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The canonical address of a page view: its path on the public base URL, without the
    query string (a filtered list's canonical is the list). Empty outside Wagtail pages."""
    request = context.get("request")
    if context.get("page") is None or request is None:
        return ""
    return absolute_url(request.path)


@register.simple_tag(takes_context=True)
def site_name(context):
    """The name of the site the request is for (Wagtail's Site setting)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return site.site_name if site is not None and site.site_name else ""


# Feature apps add visitor feedback forms to a page through this Wagtail hook, so that the
# base templates include them without knowing any feature app. Each function registered
# takes (slot, context) and returns HTML or "": slot "page" is every page (before the
# footer), slot "sheet" the end of a service sheet.
FEEDBACK_FORMS_HOOK = "page_feedback_forms"


@register.simple_tag(takes_context=True)
def feedback_forms(context, slot):
    parts = (fn(slot, context) for fn in hooks.get_hooks(FEEDBACK_FORMS_HOOK))
    return format_html_join("", "{}", ((part,) for part in parts if part))


@register.simple_tag(takes_context=True)
def page_address(context):
    """The address of this very view (path and query) on the public base URL: what a
    printout shows, so that a reader can find the page again."""
    request = context.get("request")
    if request is None:
        return ""
    query = request.GET.copy()
    for name in settings.PRINT_ADDRESS_IGNORED_PARAMETERS:
        query.pop(name, None)
    return absolute_url(f"{request.path}?{query.urlencode()}" if query else request.path)
