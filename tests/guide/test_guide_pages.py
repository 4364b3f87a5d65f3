"""«Per le imprese»: the guide index and its objective pages, built from the seed taxonomy."""

import json
import re

import pytest

from goodpractices.models import CompanyGuidePage, GuideObjectivePage
from home.models import Action
from home.seed.taxonomy import OBJECTIVES

pytestmark = pytest.mark.django_db

GUIDE = "/per-le-imprese/"
MEASURE_TITLE = re.compile(r'<h2 id="misura-[^"]+-title" class="h5">(.*?)</h2>')


def measure_titles(client, url):
    from html import unescape

    html = client.get(url).content.decode()
    return [unescape(title) for title in MEASURE_TITLE.findall(html)]


def objective_urls(client):
    guide = CompanyGuidePage.objects.get(locale__language_code="it")
    return [page.url for page in guide.objective_pages()]


def test_every_source_measure_is_on_exactly_one_objective_page_in_the_source_order(client):
    shown = {url: measure_titles(client, url) for url in objective_urls(client)}
    assert len(shown) == len(OBJECTIVES)
    for objective in OBJECTIVES:
        url = f"{GUIDE}{objective['slug']}/"
        assert shown[url] == [title for _slug, title in objective["actions"]], url
    for _slug, title in (action for objective in OBJECTIVES for action in objective["actions"]):
        assert sum(titles.count(title) for titles in shown.values()) == 1, title


def test_the_source_wording_is_kept(client):
    first = client.get(f"{GUIDE}organizzazione-tempi-lavoro/").content.decode()
    assert "Smartworking" in first
    assert '<li class="guide-etc">etc.</li>' in first
    third = client.get(f"{GUIDE}liberare-tempo/").content.decode()
    assert "(quali esami, visite mediche, etc.)" in third
    assert "guide-etc" not in third


def test_a_measure_with_no_practice_and_no_service_says_so(client):
    html = client.get(f"{GUIDE}cura-bambini-adolescenti/").content.decode()
    section = html.split('id="misura-nido-aziendale"')[1].split("</section>")[0]
    assert "nessuna buona pratica della biblioteca ha usato questa misura e nessun servizio del catalogo" in section
    assert 'href="/servizi/?azione=nido-aziendale"' in section


def test_a_measure_shows_its_practices_results_and_services_per_network(client):
    html = client.get(f"{GUIDE}cura-bambini-adolescenti/").content.decode()
    section = html.split('id="misura-centri-ricreativi"')[1].split("</section>")[0]
    assert "Realizzazione di un centro estivo per i figli dei dipendenti ASL" in section
    assert "Bando famiglie creative" in section
    assert "<strong>60</strong> progetti presentati" in section  # as the source gives it
    # Each network's count is the one the catalogue gives for the same filters (an expired
    # service, such as Varese's 2012 summer camp, is in neither).
    per_network = re.findall(
        r'href="/servizi/\?azione=centri-ricreativi&amp;rete=([\w-]+)">[^<:]+: (\d+) serviz', section
    )
    assert per_network, "no network is listed with its services"
    for network, count in per_network:
        catalogue = client.get(f"/servizi/?azione=centri-ricreativi&rete={network}").content.decode()
        assert re.search(rf">{count} serviz", catalogue), network
    assert "varese" not in dict(per_network)


def test_the_description_an_editor_writes_is_shown(client):
    Action.objects.filter(slug="nido-aziendale").update(description="Testo scritto dalla redazione.")
    html = client.get(f"{GUIDE}cura-bambini-adolescenti/").content.decode()
    assert "Testo scritto dalla redazione." in html.split('id="misura-nido-aziendale"')[1]


def test_no_description_is_invented(client):
    assert not Action.objects.exclude(description="").exists()


def test_guide_is_reached_from_the_home_card_and_the_main_menu(client):
    html = client.get("/").content.decode()
    assert f'href="{GUIDE}"' in html.split("<main")[1]  # the company card
    menu = html.split('class="site-nav"')[1].split("</nav>")[0]
    assert f'href="{GUIDE}"' in menu


def test_guide_lists_the_objectives_and_the_forms_of_support(client):
    html = client.get(GUIDE).content.decode()
    for objective in OBJECTIVES:
        assert f'href="{GUIDE}{objective["slug"]}/"' in html
    for title in ("Consulenza e formazione", "Sportelli", "Bandi e avvisi", "Reti interaziendali"):
        assert f">{title}</h3>" in html
    calls = html.split('id="sostegno-bandi-avvisi"')[1].split("</section>")[0]
    assert "Bando welfare per servizi interaziendali" in calls
    assert 'href="/reti/lecco/">Lecco</a>' in calls
    assert 'href="/buone-pratiche/?tipo=bando"' in calls
    desks = html.split('id="sostegno-sportelli"')[1].split("</section>")[0]
    assert 'href="/servizi/?azione=sportelli-orientamento"' in desks
    assert "Sportelli territoriali per la conciliazione" in desks


def test_objective_page_has_item_list_json_ld(client):
    html = client.get(f"{GUIDE}percorso-professionale/").content.decode()
    data = json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert data["@type"] == "ItemList"
    assert [item["name"] for item in data["itemListElement"]] == [title for _s, title in OBJECTIVES[1]["actions"]]


def test_sitemap_lists_the_guide_its_objectives_and_the_planner(client):
    xml = client.get("/sitemap.xml").content.decode()
    for url in [GUIDE, f"{GUIDE}piano/"] + [f"{GUIDE}{objective['slug']}/" for objective in OBJECTIVES]:
        assert f"<loc>http://localhost{url}</loc>" in xml, url


def test_english_guide_is_a_wagtail_localize_translation(client):
    html = client.get("/en/for-companies/").content.decode()
    assert "<h1>For companies</h1>" in html
    page = client.get("/en/for-companies/care-children-teenagers/").content.decode()
    assert "Company nursery" in page
    english = GuideObjectivePage.objects.filter(locale__language_code="en")
    assert english.count() == len(OBJECTIVES)
    assert all(page.objective.locale.language_code == "en" for page in english)
