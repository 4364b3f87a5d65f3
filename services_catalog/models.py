from django.utils.translation import gettext_lazy as _

from home.models.pages import BasePage


class ServiceIndexPage(BasePage):
    """The catalogue of territorial conciliation services (/servizi/)."""

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("catalogo dei servizi")
