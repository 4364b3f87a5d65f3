"""The editors' guide (docs/redazione.md, kept in the repository beside the code it
describes) shown inside the admin, from the help menu."""

from functools import cache

import markdown
from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.safestring import mark_safe

GUIDE_PATH = settings.BASE_DIR / "docs" / "redazione.md"


@cache
def guide_html():
    # The file is the project's own text, not user input: its HTML is trusted.
    return mark_safe(markdown.markdown(GUIDE_PATH.read_text(encoding="utf-8")))  # noqa: S308


def editors_guide(request):
    return TemplateResponse(request, "editorial/admin/guide.html", {"guide": guide_html()})
