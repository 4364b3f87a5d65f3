"""The 13 practices of the source slides, with every figure exact and structured."""

from decimal import Decimal

import pytest

from goodpractices import seed
from goodpractices.models import GoodPracticePage, Measure, Qualifier
from goodpractices.models.taxonomy import COMPANY_KIND_SLUGS

pytestmark = pytest.mark.django_db

OLTRE = Qualifier.MORE_THAN

# Written from docs/source/slides-dgr-x-1081.txt, not from the seed module:
# network slug -> the figures of its practice as (value, qualifier).
SOURCE_FIGURES = {
    "lodi": [(3, "")],
    "brescia": [(8, ""), (20, ""), (389, ""), (319, ""), (34, "")],
    "lecco": [(9, ""), (57, ""), (565, "")],
    "monza-brianza": [(5, ""), (447, "")],
    "varese": [],
    "bergamo": [(200, ""), (2, ""), (100, OLTRE), (50, OLTRE)],
    "mantova": [],
    "sondrio": [(4, ""), (200, ""), (95, "")],
    "cremona": [(19, ""), (500, "")],
    "como": [],
    "pavia": [],
    "milano": [(60, ""), (21, "")],
    "vallecamonica-sebino": [],
}


def practice_of(network_slug):
    return GoodPracticePage.objects.get(network__slug=network_slug)


def figures(practice):
    return [(int(i.value), i.qualifier) for i in practice.indicators.all()]


def test_the_thirteen_practices_are_in_their_networks():
    practices = GoodPracticePage.objects.filter(is_demo=False).live()
    assert practices.count() == 13
    assert set(practices.values_list("network__slug", flat=True)) == set(SOURCE_FIGURES)
    assert all(p.url_path.startswith(p.network.url_path) for p in practices.select_related("network"))
    assert set(practices.values_list("period__name", flat=True)) == {"Intesa conciliazione 2010-2012"}


@pytest.mark.parametrize(("network_slug", "expected"), SOURCE_FIGURES.items())
def test_every_figure_of_the_source_is_a_structured_indicator(network_slug, expected):
    assert figures(practice_of(network_slug)) == expected


def test_brescia_indicators_have_the_source_labels_and_measures():
    rows = [(i.label, i.value, i.measure) for i in practice_of("brescia").indicators.all()]
    assert rows == [
        ("progetti finanziati", Decimal(8), Measure.PROJECTS),
        ("imprese coinvolte", Decimal(20), Measure.COMPANIES),
        ("lavoratori/trici raggiunti", Decimal(389), Measure.WORKERS),
        ("figli di dipendenti raggiunti", Decimal(319), Measure.CHILDREN),
        ("famigliari non autosufficienti", Decimal(34), Measure.DEPENDANTS),
    ]


def test_shares_and_subsets_stay_out_of_totals():
    sondrio = {i.label: i for i in practice_of("sondrio").indicators.all()}
    share = sondrio["soggetti fragili tra i raggiunti"]
    assert (share.unit, share.measure) == ("%", "")
    bergamo = practice_of("bergamo").indicators.exclude(measure="")
    assert list(bergamo.values_list("label", "value")) == [("aziende coinvolte nel progetto", Decimal(200))]


def test_dates_and_ages_of_the_source_are_structured():
    varese = practice_of("varese")
    assert (varese.started_on.isoformat(), varese.ended_on.isoformat()) == ("2012-07-02", "2012-09-07")
    pavia, como = practice_of("pavia"), practice_of("como")
    assert (pavia.age_min_months, pavia.age_max_months) == (72, 132)
    assert (como.age_min_months, como.age_max_months) == (18, 36)


def test_seven_of_thirteen_networks_report_company_welfare_as_the_source_says():
    company = GoodPracticePage.objects.filter(is_demo=False, kinds__slug__in=COMPANY_KIND_SLUGS).distinct()
    assert company.count() == 7
    assert set(company.values_list("network__slug", flat=True)) == {
        "lodi",
        "brescia",
        "lecco",
        "monza-brianza",
        "varese",
        "bergamo",
        "mantova",
    }


def test_the_library_page_carries_the_source_notes(client):
    html = client.get("/buone-pratiche/").content.decode()
    assert "7 Reti su 13 segnalano buone prassi" in html
    assert "possono includere più di un’azione diretta" in html


def test_loading_again_creates_nothing_and_keeps_editors_changes():
    lecco = practice_of("lecco")
    lecco.summary = "Sintesi riscritta dalla redazione."
    lecco.save_revision().publish()
    assert seed.load() == {"terms": 0, "pages": 0, "practices": 0, "promotions": 0}
    assert practice_of("lecco").summary == "Sintesi riscritta dalla redazione."
    assert GoodPracticePage.objects.filter(is_demo=False).count() == 13
