"""GoodPracticePage: tree rules, the automatic network, validation, rendering, demo data."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.utils import translation

from goodpractices.models import GoodPracticeIndexPage, GoodPracticePage, Measure, Qualifier
from home.models import HomePage, NetworkPage
from tests.factories import GoodPracticePageFactory, indicator

pytestmark = pytest.mark.django_db


def test_practices_live_only_under_a_network():
    assert GoodPracticePage.allowed_parent_page_models() == [NetworkPage]
    assert GoodPracticePage.allowed_subpage_models() == []
    assert GoodPracticeIndexPage.allowed_parent_page_models() == [HomePage]


def test_network_is_set_from_the_ancestor_on_save(network):
    practice = GoodPracticePageFactory(parent=network)
    practice.refresh_from_db()
    assert practice.network == network


def test_network_follows_the_page_when_it_moves(network, other_network):
    practice = GoodPracticePageFactory(parent=network)
    practice.move(other_network, pos="last-child")
    practice.refresh_from_db()
    assert practice.network_id == other_network.pk


def test_dates_and_ages_are_validated(network):
    practice = GoodPracticePageFactory.build(
        started_on=date(2012, 9, 7), ended_on=date(2012, 7, 2), age_min_months=132, age_max_months=72
    )
    with pytest.raises(ValidationError) as error:
        practice.clean()
    assert set(error.value.message_dict) == {"ended_on", "age_max_months"}


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [(72, 132, "da 6 a 11 anni"), (18, 36, "da 18 mesi a 3 anni"), (None, 36, "fino a 3 anni"), (None, None, "")],
)
def test_age_range_reads_like_the_source(low, high, expected):
    with translation.override("it"):  # whatever language an earlier test left active
        assert str(GoodPracticePage(age_min_months=low, age_max_months=high).age_range) == expected


def test_indicator_rejects_negative_values_and_units_in_totals(network):
    with pytest.raises(ValidationError):
        indicator("lavoratori", -1, Measure.WORKERS).clean()
    with pytest.raises(ValidationError):
        indicator("soggetti fragili", 95, Measure.PEOPLE, unit="%").clean()
    indicator("soggetti fragili", 95, unit="%").clean()


def test_practice_page_shows_its_figures_and_network(client, network):
    practice = GoodPracticePageFactory(
        parent=network,
        title="Bando di prova",
        indicators=[
            indicator("lavoratori/trici raggiunti", 1389, Measure.WORKERS),
            indicator("aziende del consorzio", 100, qualifier=Qualifier.MORE_THAN),
        ],
    )
    html = client.get(practice.url).content.decode()
    assert "<h1>Bando di prova</h1>" in html
    assert "1.389" in html and "lavoratori/trici raggiunti" in html
    assert "oltre</span> 100" in html
    assert f'href="{network.url}"' in html


def test_generate_demo_practices_marks_them_and_can_delete_them():
    before = GoodPracticePage.objects.count()
    call_command("generate_demo_practices", "--count", "5", "--seed", "1", verbosity=0)
    demo = GoodPracticePage.objects.filter(is_demo=True)
    assert demo.count() == 5
    assert all(p.title.startswith("[Demo]") and p.network_id and p.indicators.exists() for p in demo)
    call_command("generate_demo_practices", "--delete", verbosity=0)
    assert GoodPracticePage.objects.count() == before


def test_generate_demo_practices_rejects_a_bad_count():
    with pytest.raises(CommandError):
        call_command("generate_demo_practices", "--count", "0")


def test_admin_edit_and_create_forms_render(admin_client, network):
    practice = GoodPracticePageFactory(parent=network)
    assert admin_client.get(f"/admin/pages/{practice.pk}/edit/").status_code == 200
    response = admin_client.get(f"/admin/pages/add/goodpractices/goodpracticepage/{network.pk}/")
    assert response.status_code == 200
    assert "testo alternativo" in response.content.decode().lower()


def test_dashboard_lists_practices_to_complete(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert "Buone pratiche con informazioni da completare" in html
    # Varese's practice: the source gives dates but no figures.
    varese = GoodPracticePage.objects.get(network__slug="varese")
    assert [str(label) for label in varese.missing_information()] == ["risultati (indicatori)"]
    assert f'href="/admin/pages/{varese.pk}/edit/"' in html
    brescia = GoodPracticePage.objects.get(network__slug="brescia")
    assert brescia.missing_information() == []
    assert f'href="/admin/pages/{brescia.pk}/edit/"' not in html


def test_images_need_alt_text_and_show_it(client, network):
    from wagtail_factories import ImageFactory

    from goodpractices.models import PracticeImage

    image = ImageFactory()
    with pytest.raises(ValidationError) as error:
        PracticeImage(image=image, alt_text="").full_clean(exclude=["page"])
    assert "alt_text" in error.value.message_dict
    practice = GoodPracticePageFactory(
        parent=network, images=[PracticeImage(image=image, alt_text="Bambini al centro estivo")]
    )
    html = client.get(practice.url).content.decode()
    assert 'alt="Bambini al centro estivo"' in html
