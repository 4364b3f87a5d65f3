"""Public media served by the application when they are local files (`make run`, one
machine): Wagtail's image originals and renditions, nothing else under MEDIA_ROOT.

Whitenoise serves only files present when the server starts, so uploads need a view. This one
answers for the image folders only (`original_images/`, `images/`: Wagtail's upload paths),
with the content type of the file's extension (image types only), Last-Modified /
If-Modified-Since from Django's static view, and a public cache lifetime; a path elsewhere
is 404 whether or not a file exists. Documents have their own view (/documents/, with
Wagtail's privacy checks); import files are outside MEDIA_ROOT (editorial.uploads). With
media in a bucket (MEDIA_S3_BUCKET) the bucket serves them and this view is not mounted."""

import mimetypes

from django.conf import settings
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.views.static import serve

PUBLIC_MEDIA_DIRS = ("original_images/", "images/")
IMAGE_TYPES = {"image/gif", "image/jpeg", "image/png", "image/webp", "image/avif"}
MEDIA_MAX_AGE = 24 * 3600


def serve_public_media(request, path):
    content_type, _encoding = mimetypes.guess_type(path)
    if not path.startswith(PUBLIC_MEDIA_DIRS) or content_type not in IMAGE_TYPES:
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Content-Type"] = content_type
    patch_cache_control(response, public=True, max_age=MEDIA_MAX_AGE)
    return response
