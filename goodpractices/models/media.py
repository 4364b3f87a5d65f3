"""Images and documents attached to a practice."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class PracticeImage(Orderable):
    page = ParentalKey("goodpractices.GoodPracticePage", on_delete=models.CASCADE, related_name="images")
    image = models.ForeignKey("wagtailimages.Image", on_delete=models.CASCADE, related_name="+")
    alt_text = models.CharField(
        _("testo alternativo"),
        max_length=250,
        help_text=_("Obbligatorio: descrive l'immagine a chi non la vede (che cosa mostra, non «foto di»)."),
    )
    caption = models.CharField(_("didascalia"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("immagine")
        verbose_name_plural = _("immagini")


class PracticeDocument(Orderable):
    page = ParentalKey("goodpractices.GoodPracticePage", on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(
        _("titolo"), max_length=250, blank=True, help_text=_("Vuoto per usare il titolo del documento.")
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("documento")
        verbose_name_plural = _("documenti")

    @property
    def display_title(self):
        return self.title or self.document.title
