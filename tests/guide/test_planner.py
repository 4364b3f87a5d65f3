"""The welfare planner (/per-le-imprese/piano/): a GET form whose answer is a plan, as a
page (printable) and as CSV; wrong or missing parameters give the form with its message."""

import csv
import io

import pytest

from goodpractices.guide.plan_csv import safe_cell
from goodpractices.guide.planner import NEEDS
from home.models import Action

pytestmark = pytest.mark.django_db

PLANNER = "/per-le-imprese/piano/"


def body(response):
    return response.content.decode()


@pytest.mark.parametrize("need", [need.slug for need in NEEDS])
def test_every_need_gives_at_least_one_measure(client, need):
    response = client.get(PLANNER, {"bisogni": need, "rete": "lecco"})
    assert response.status_code == 200
    html = body(response)
    assert 'class="welfare-plan' in html
    assert html.count('class="guide-measure"') >= 1


def test_plan_lists_measures_examples_services_and_the_network(client):
    html = body(client.get(PLANNER, {"bisogni": "figli-scuola", "rete": "varese", "dimensione": "medie"}))
    plan = html.split('class="welfare-plan')[1]
    assert "medie imprese (50-249 addetti)" in plan
    assert 'href="/reti/varese/">Rete territoriale di conciliazione di Varese</a>' in plan
    measure = plan.split('id="misura-centri-ricreativi"')[1].split("</section>")[0]
    assert "Realizzazione di un centro estivo per i figli dei dipendenti ASL" in measure
    # Varese's only such service ended in 2012 (valid_to): the plan lists current services only.
    assert "Rete di Varese: 1 servizio" not in measure
    assert "Rete di Milano (città): 1 servizio" not in measure  # services of the chosen territory only
    assert 'href="/per-le-imprese/cura-bambini-adolescenti/"' in plan


def test_municipality_finds_its_network(client):
    from services_catalog.models import ServiceLocation, ServicePage

    service = ServicePage.objects.filter(network__slug="lecco", locale__language_code="it").first()
    ServiceLocation.objects.create(service=service, municipality="Calolziocorte")
    html = body(client.get(PLANNER, {"bisogni": "commissioni", "comune": " calolziocorte "}))
    assert 'href="/reti/lecco/">Rete territoriale di conciliazione di Lecco</a>' in html
    assert "Rete territoriale di conciliazione di Como" not in html


def test_no_need_gives_200_with_the_form_message(client):
    response = client.get(PLANNER, {"rete": "lecco", "comune": ""})
    assert response.status_code == 200
    html = body(response)
    assert "Scegliere almeno un bisogno dei dipendenti per preparare il piano." in html
    assert 'class="welfare-plan' not in html
    assert '<option value="lecco" selected>' in html  # what was chosen is kept


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"bisogni": "figli-0-3", "rete": "atlantide"}, "Scegliere una Rete dall&#x27;elenco."),
        ({"bisogni": "figli-0-3", "dimensione": "enorme"}, "Scegliere una dimensione dall&#x27;elenco."),
        ({"bisogni": "cani"}, "Un bisogno scelto non è tra quelli dell&#x27;elenco"),
        ({"bisogni": "figli-0-3", "comune": "Xanadu"}, "Nessun servizio delle Reti ha sede nel comune «Xanadu»"),
        ({"bisogni": "figli-0-3", "comune": "x" * 500}, "Il nome del comune è troppo lungo"),
    ],
)
def test_bad_parameters_give_200_with_messages(client, params, message):
    response = client.get(PLANNER, params)
    assert response.status_code == 200
    html = body(response)
    assert message in html
    assert 'class="welfare-plan' not in html


def test_empty_form_has_no_error(client):
    html = body(client.get(PLANNER))
    assert "planner-errors" not in html
    assert 'name="bisogni"' in html


def test_csv_download_with_formula_cells_neutralised(client):
    Action.objects.filter(slug="maggiordomo-aziendale").update(title="=HYPERLINK(1)")
    response = client.get(f"{PLANNER}csv/", {"bisogni": "commissioni", "rete": "lodi"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body(response))))
    assert rows[0][:3] == ["Bisogno", "Obiettivo", "Misura"]
    measures = {row[2] for row in rows[1:]}
    assert "'=HYPERLINK(1)" in measures
    assert "Servizio di lavanderia/stireria con consegna in azienda" in measures
    laundry = [row for row in rows if row[3] == "Buona pratica" and "lavanderia" in row[2]]
    assert laundry[0][6] == "3 aziende pubbliche della rete (ASL, ASP e AO)"


def test_csv_with_bad_parameters_gives_the_form(client):
    response = client.get(f"{PLANNER}csv/", {"rete": "lecco"})
    assert response.status_code == 200
    assert "Scegliere almeno un bisogno" in body(response)


@pytest.mark.parametrize("leader", ["=", "+", "-", "@"])
def test_safe_cell_prefixes_formula_leaders(leader):
    assert safe_cell(f"{leader}1+1") == f"'{leader}1+1"
    assert safe_cell(f"a{leader}") == f"a{leader}"


def test_printout_has_site_name_url_and_date(client, settings):
    from django.utils import timezone
    from django.utils.dateformat import format as date_format

    html = body(client.get(PLANNER, {"bisogni": "rientro"}))
    heading = html.split('<div class="print-heading">')[1].split("</div>")[0]
    assert "Conciliazione Lombardia" in heading
    assert "http://localhost/per-le-imprese/piano/?bisogni=rientro" in heading
    assert date_format(timezone.localdate(), "j F Y") in heading
