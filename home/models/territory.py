"""Lombardy's municipalities as rows, so that a network's territory is data editors manage
(NetworkPage.municipalities). The rows come from the committed data file
(home/geography/lombardy_municipalities.csv) and are kept in step with it by
`sync_municipalities` (a migration and `load_seed_content`)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Municipality(models.Model):
    code = models.CharField(_("codice catastale"), max_length=4, primary_key=True)
    name = models.CharField(_("nome"), max_length=120)
    province = models.CharField(_("provincia"), max_length=2)

    class Meta:
        verbose_name = _("comune")
        verbose_name_plural = _("comuni")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.province})"


def sync_municipalities(model=Municipality):
    """Makes the rows of `model` those of the data file (a migration passes its historical model)."""
    from home.geography.municipalities import all_municipalities

    listed = {municipality.code: municipality for municipality in all_municipalities()}
    existing = set(model.objects.values_list("code", flat=True))
    model.objects.bulk_create(
        [
            model(code=code, name=municipality.name, province=municipality.province)
            for code, municipality in listed.items()
            if code not in existing
        ]
    )
    for code in existing & set(listed):
        model.objects.filter(code=code).exclude(name=listed[code].name, province=listed[code].province).update(
            name=listed[code].name, province=listed[code].province
        )
