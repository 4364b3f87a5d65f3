"""The feedback forms a page shows, contributed to the base templates' slots through the
`page_feedback_forms` hook (home.templatetags.site_tags): the report form at the end of a
service sheet, the rating on every page. Rendered without the request: no CSRF token, no
cookie, so the page around them stays cacheable."""

from django.template.loader import render_to_string

from editorial.feedback.forms import RatingForm, ReportForm
from editorial.feedback.views import RATING_PREFIX, REPORT_PREFIX
from services_catalog.models import ServicePage


def report_form(context):
    page = context.get("page")
    if not isinstance(page, ServicePage) or not page.pk:
        return ""
    return render_to_string(
        "editorial/feedback/report_section.html",
        {"service": page, "network": page.network, "form": ReportForm(auto_id=REPORT_PREFIX)},
    )


def rating_form(context):
    if context.get("hide_page_rating"):
        return ""
    request = context.get("request")
    page = context.get("page")
    path = request.path if request is not None else ""
    if not path:
        return ""
    initial = {"indirizzo": path, "pagina": getattr(page, "pk", None)}
    return render_to_string(
        "editorial/feedback/rating_form.html", {"form": RatingForm(initial=initial, auto_id=RATING_PREFIX)}
    )


SLOTS = {"sheet": report_form, "page": rating_form}


def feedback_forms(slot, context):
    render = SLOTS.get(slot)
    return render(context) if render else ""
