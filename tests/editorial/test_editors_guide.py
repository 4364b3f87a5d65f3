"""The editors' guide in Italian (docs/redazione.md) opens from the admin's help menu."""

from django.urls import reverse


def test_the_help_menu_opens_the_editors_guide(lecco_client):
    dashboard = lecco_client.get(reverse("wagtailadmin_home")).content.decode()
    guide_url = reverse("editorial_guide")
    assert guide_url in dashboard
    guide = lecco_client.get(guide_url).content.decode()
    assert "<h2>Inviare all&#x27;approvazione</h2>" in guide or "<h2>Inviare all'approvazione</h2>" in guide
    assert "<h2>Importare servizi da un foglio di calcolo</h2>" in guide
    assert "<h2>Tenere le schede verificate</h2>" in guide


def test_the_guide_is_for_editors_only(client):
    response = client.get(reverse("editorial_guide"))
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]
