"""The practice is indexable by Wagtail's Elasticsearch 8 backend (checked without a
server: mapping and document are built locally), and searchable on a real one when
ELASTICSEARCH_URL is set."""

import os

import pytest

from goodpractices.models import GoodPracticePage

pytestmark = pytest.mark.django_db


def test_elasticsearch_mapping_and_document_carry_the_practice_fields():
    from modelsearch.backends.elasticsearch8 import Elasticsearch8Mapping

    mapping = Elasticsearch8Mapping(GoodPracticePage)
    prefix = "goodpractices_goodpracticepage__"
    properties = mapping.get_mapping()["properties"]
    for name in ("summary", "description", "partners", "network", "kinds", "indicators", "network_id_filter"):
        assert prefix + name in properties, name
    document = mapping.get_document(GoodPracticePage.objects.get(network__slug="lecco"))
    assert document[prefix + "summary"].startswith("9 progetti ammessi a finanziamento")
    assert document[prefix + "network"] == {"home_networkpage__short_name": "Lecco"}
    assert {"label": "dipendenti destinatari"} in document[prefix + "indicators"]


@pytest.mark.elasticsearch
@pytest.mark.skipif(not os.environ.get("ELASTICSEARCH_URL"), reason="ELASTICSEARCH_URL non impostato")
def test_library_text_query_on_elasticsearch(client):
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    html = client.get("/buone-pratiche/?q=dipendenti").content.decode()
    assert "Bando welfare per servizi interaziendali" in html
