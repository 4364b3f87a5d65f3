"""The site map for people (/mappa-del-sito/): the sections of the site and their pages, in
the visitor's language. Services and practices are reached through their catalogues.
The names of Lombardy's municipalities (/comuni.json), for the suggestions of «Il tuo comune»."""

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Site

from home.geography.municipalities import all_municipalities

# The home page is at depth 2: its sections (3) and their own pages (4) are listed.
MAP_DEPTH = 4


@require_GET
def site_map(request):
    site = Site.find_for_request(request)
    root = site.root_page.localized if site else None
    sections = []
    if root is not None:
        pages = root.get_descendants().live().public().filter(depth__lte=MAP_DEPTH).specific().order_by("path")
        for page in pages:
            if page.depth == root.depth + 1:
                sections.append({"page": page, "children": []})
            elif sections and page.path.startswith(sections[-1]["page"].path):
                sections[-1]["children"].append(page)
    return render(request, "home/site_map.html", {"root": root, "sections": sections})


@require_GET
@cache_control(public=True, max_age=86400)
def municipality_names(request):
    """The names, alphabetical: the list changes only with a new data file (a deploy)."""
    return JsonResponse([municipality.name for municipality in all_municipalities()], safe=False)
