"""Absolute addresses of the guide's objective pages and of each measure's section on them,
for the open data (the HSDS taxonomy terms link each objective and measure to its page)."""

from goodpractices.guide.measures import measure_anchor
from goodpractices.models import GuideObjectivePage


def objective_page_urls(locale):
    """{objective pk: absolute URL of its live, public guide page in `locale`}."""
    pages = GuideObjectivePage.objects.live().public().filter(locale=locale).order_by("path")
    found = {}
    for page in pages:
        found.setdefault(page.objective_id, page.get_full_url())
    return found


def measure_url(objective_url, slug):
    """The measure's section on its objective page, or "" when the objective has no page."""
    return f"{objective_url}#{measure_anchor(slug)}" if objective_url else ""
