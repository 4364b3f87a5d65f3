"""Wagtail's own page rules: where each page type may live, that each renders
and that each is editable in the admin."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from goodpractices.models import GoodPracticeIndexPage
from home.models import AgreementPage, HomePage, NetworkIndexPage, NetworkPage, StandardPage
from services_catalog.models import ServiceIndexPage


@pytest.mark.django_db
class TestPageTree(WagtailPageTestCase):
    def test_home_lives_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_agreement_and_indexes_live_under_home(self):
        for model in (AgreementPage, NetworkIndexPage, ServiceIndexPage, GoodPracticeIndexPage):
            self.assertAllowedParentPageTypes(model, {HomePage})

    def test_agreement_children_are_standard_pages(self):
        self.assertAllowedSubpageTypes(AgreementPage, {StandardPage})

    def test_network_index_holds_networks_only(self):
        self.assertAllowedSubpageTypes(NetworkIndexPage, {NetworkPage})
        self.assertAllowedParentPageTypes(NetworkPage, {NetworkIndexPage})

    def test_standard_page_parents(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, AgreementPage, StandardPage})

    def test_a_second_home_or_agreement_cannot_be_created(self):
        home = HomePage.objects.first()
        self.assertFalse(AgreementPage.can_create_at(home))
        self.assertFalse(NetworkIndexPage.can_create_at(home))
        self.assertTrue(StandardPage.can_create_at(home))

    def test_every_seed_page_renders(self):
        for page in Page.objects.live().filter(depth__gte=2).specific():
            with self.subTest(page=page.url_path):
                self.assertPageIsRenderable(page)

    def test_every_page_type_is_editable(self):
        self.login()
        for model in (HomePage, AgreementPage, StandardPage, NetworkIndexPage, NetworkPage):
            page = model.objects.first()
            data = {"title": page.title, "slug": page.slug, "intro": rich_text(page.intro), "body": streamfield([])}
            if model is NetworkPage:
                data.update(short_name=page.short_name, asl_name=page.asl_name, territory=page.territory)
            with self.subTest(model=model.__name__):
                self.assertPageIsEditable(page, post_data=nested_form_data(data))
