"""What a feedback is about: the page, the network whose editors receive it, what is stored."""

from django.utils import translation
from wagtail.models import Page

from editorial.models import Feedback
from hardening.params import MAX_ID
from home.models import NetworkPage
from services_catalog.models import ServicePage


def reported_service(page_id):
    """The live, public service sheet with this id, or None."""
    if page_id > MAX_ID:  # the URL's int converter takes any length; the column does not
        return None
    return ServicePage.objects.live().public().filter(pk=page_id).first()


def rated_page(page_id):
    if page_id is None:
        return None
    return Page.objects.live().public().filter(pk=page_id).first()


def network_of(page):
    """The network whose subtree holds `page`, as its default-language page (the one the
    editorial groups and permission helpers use); None outside every network."""
    if page is None:
        return None
    network = NetworkPage.objects.ancestor_of(page, inclusive=True).order_by("-depth").first()
    if network is None:
        return None
    return NetworkPage.objects.filter(translation_key=network.translation_key, locale__language_code="it").first()


def new_feedback(kind, page, path, **values):
    return Feedback.objects.create(
        kind=kind,
        page=page,
        path=path,
        page_title=page.title if page else "",
        network=network_of(page),
        language=translation.get_language() or "",
        **values,
    )
