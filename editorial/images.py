"""Alternative text is required on every image: Wagtail's image model has a `description`
field (its alt text); the admin forms make it mandatory through WAGTAILIMAGES_IMAGE_FORM_BASE,
with no custom image model. (The multiple uploader keeps an upload without it aside and asks
for it before the image is created, as Wagtail does for any required field.)"""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class AltTextRequiredImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("description")
        if field is not None:
            field.required = True
            field.label = _("Testo alternativo")
            field.help_text = _("Descrive l'immagine a chi non può vederla (lettori di schermo). Obbligatorio.")
