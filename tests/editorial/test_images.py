import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from editorial.groups import network_collection_name


def png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "red").save(buffer, "PNG")
    return SimpleUploadedFile("foto.png", buffer.getvalue(), content_type="image/png")


def add_image(client, collection, **data):
    return client.post(
        reverse("wagtailimages:add"), {"title": "Foto", "file": png(), "collection": collection.pk, **data}
    )


def test_an_image_needs_its_alternative_text(client, editors, networks):
    collection = Collection.objects.get(name=network_collection_name(networks["lecco"]))
    client.force_login(editors["lecco"])
    response = add_image(client, collection)
    assert response.status_code == 200
    assert "Testo alternativo" in response.content.decode()
    assert not get_image_model().objects.exists()
    add_image(client, collection, description="Bambini al centro estivo")
    image = get_image_model().objects.get()
    assert image.default_alt_text == "Bambini al centro estivo"
    assert image.collection == collection
