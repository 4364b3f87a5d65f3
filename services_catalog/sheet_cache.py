"""A service sheet's page-only parts, rendered once and kept until content changes.

Everything on a sheet but its way back to the list (the `back` parameter, services_catalog.
back_link) depends only on the page, the interface language, today's date (a service past its
validity shows as ended, related services leave out expired ones) and the address it is served
at (the share link and the JSON-LD are absolute). Those parts (JSON-LD, header, sections,
rating form) are rendered together and kept in the default cache under a key naming all four,
through caching.fragments.cached_data, which adds the content generation: any publish,
unpublish, move or snippet change renders them afresh, in every worker. A request that the page
cache cannot serve (a visitor with a cookie, a link from a filtered list) then costs the
routing, the back link and one cache read. Nothing of the visitor's own goes into them.
Previews render afresh, from the unsaved page in memory."""

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

from caching.fragments import cached_data
from services_catalog.jsonld import government_service, json_ld_script

PART_TEMPLATES = {
    "header": "services_catalog/components/sheet_header.html",
    "sections": "services_catalog/components/sheet_sections.html",
    "page_feedback": "services_catalog/components/sheet_page_feedback.html",
}


def sheet_key(page, request):
    """What the parts depend on: page, interface language, date and address (host and path)."""
    language = translation.get_language()
    return f"service-sheet:{page.pk}:{language}:{timezone.localdate().isoformat()}:{request.get_host()}{request.path}"


def render_parts(page, request):
    context = {
        "page": page,
        "self": page,
        "request": request,
        "share_url": page.get_full_url(request),
        "related_services": page.related_services(),
        "missing_information": page.missing_information(),
    }
    parts = {name: render_to_string(template, context, request) for name, template in PART_TEMPLATES.items()}
    parts["json_ld"] = json_ld_script(government_service(page, request))
    return parts


def sheet_parts(page, request):
    """{part name: HTML} for `page` served to `request`."""
    if getattr(request, "is_preview", False):
        # A preview holds its relations in memory, unsaved: they must not be read back.
        parts = render_parts(page, request)
    else:
        parts = cached_data(sheet_key(page, request), lambda: render_parts(page.prefetch_sheet_relations(), request))
    return {name: mark_safe(html) for name, html in parts.items()}  # noqa: S308 (our templates' output)
