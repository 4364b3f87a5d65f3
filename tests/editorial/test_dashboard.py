"""The admin dashboard as each editor sees it: a network's editors find their own network's
incomplete pages and no link to a page they may not open; a reviewer finds the pages awaiting
review before the lists of incomplete pages."""

import re

from django.urls import reverse
from wagtail.models import Page

from tests.editorial.test_workflow import submitted  # noqa: F401 - fixture

EDIT_LINK = re.compile(r'href="/admin/pages/(\d+)/edit/"')


def linked_pages(client):
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    return html, Page.objects.filter(pk__in={int(pk) for pk in EDIT_LINK.findall(html)})


def test_a_network_editor_sees_only_its_networks_incomplete_pages(lecco_client, networks):
    _html, pages = linked_pages(lecco_client)
    lecco = networks["lecco"]
    assert pages.exists(), "the seed sheets of Lecco are incomplete"
    outside = [page.title for page in pages if not (page.pk == lecco.pk or page.is_descendant_of(lecco))]
    assert outside == []


def test_the_review_queue_comes_first_for_reviewers(client, submitted, regional_editor):  # noqa: F811
    client.force_login(regional_editor)
    html, _pages = linked_pages(client)
    assert 'id="awaiting-review' in html
    assert html.index('id="awaiting-review') < html.index('id="incomplete-services-heading"')
    assert html.index('id="awaiting-review') < html.index('id="incomplete-networks-heading"')
