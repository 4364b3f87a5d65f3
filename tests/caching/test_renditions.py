"""Image renditions are generated once, then found without touching the database."""

import pytest
import wagtail_factories
from wagtail.images import get_image_model
from wagtail.images.models import Rendition

pytestmark = pytest.mark.django_db


def test_a_rendition_is_generated_once_and_then_served_from_the_cache(settings, tmp_path, django_assert_num_queries):
    settings.MEDIA_ROOT = tmp_path
    image = wagtail_factories.ImageFactory(file__width=640, file__height=480)
    first = image.get_rendition("fill-200x150")
    assert (first.width, first.height) == (200, 150)
    assert Rendition.objects.filter(image=image).count() == 1
    fresh = get_image_model().objects.get(pk=image.pk)  # a new request loads the image again
    with django_assert_num_queries(0):
        again = fresh.get_rendition("fill-200x150")
    assert again.file.name == first.file.name
    assert Rendition.objects.filter(image=image).count() == 1
