"""The admin form of a service sheet: the editorial form, with the ages written in months or
years (the sheet stores months, the public filter speaks years)."""

from django.utils.translation import gettext_lazy as _

from home.forms import EditorialPageForm
from services_catalog.ages import AgeField

AGE_HELP = _(
    "In mesi o in anni, con l'unità: ad esempio «18 mesi», «3 anni», «2 anni e 6 mesi»; vuoto se non ci sono limiti."
)


class ServicePageForm(EditorialPageForm):
    age_min_months = AgeField(label=_("età minima"), required=False, help_text=AGE_HELP)
    age_max_months = AgeField(label=_("età massima"), required=False, help_text=AGE_HELP)
