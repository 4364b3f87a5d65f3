import pytest

pytestmark = pytest.mark.django_db


def test_dashboard_lists_networks_with_information_to_complete(admin_client, page_by_path):
    lecco = page_by_path("/reti/lecco/")
    lecco.contact_email = "rete@example.org"
    lecco.alliances_count = 3
    lecco.members_count = 40
    lecco.save_revision().publish()
    html = admin_client.get("/admin/").content.decode()
    assert "Reti con informazioni da completare" in html
    assert "Rete territoriale di conciliazione di Bergamo" in html
    assert "Rete territoriale di conciliazione di Lecco" not in html


def test_network_page_says_what_is_not_yet_known(client):
    html = client.get("/reti/como/").content.decode()
    assert "I contatti di questa rete non sono ancora disponibili." in html
    assert "Non ancora disponibile" in html


def test_taxonomy_snippets_are_editable_in_admin(admin_client):
    response = admin_client.get("/admin/snippets/home/objective/")
    assert response.status_code == 200
    assert "Migliorare l&#x27;organizzazione e ottimizzare i tempi di lavoro" in response.content.decode()
