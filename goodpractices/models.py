from django.utils.translation import gettext_lazy as _

from home.models.pages import BasePage


class GoodPracticeIndexPage(BasePage):
    """The good-practice library (/buone-pratiche/)."""

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("biblioteca delle buone pratiche")
