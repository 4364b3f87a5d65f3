"""The seed sheets said «Attivo» and «gratuito: no», «accetta voucher: no», which the source
does not say: they become «non verificato» with what the source does say, and their flags
«non indicato». Only sheets nobody has verified since (still «Attivo», no verification date)
change; their latest revision changes too, so the admin's edit form shows the same values.
The seed's keys and notes are copied here: a migration must not change with the seed module."""

from django.db import migrations

SOURCE = (
    "Progetto segnalato nella DGR X/1081 tra gli esempi dell'intesa 2010-2012; la fonte non ne indica lo stato attuale."
)
SUSTAINED = (
    "Azione indicata nella DGR X/1081 tra quelle pensate per restare sul territorio; "
    "la fonte non ne indica lo stato attuale."
)
# (network slug, page slug, what is known) of each seed sheet the source gives no status for.
SEED_SHEETS = [
    ("lecco", "sportelli-conciliazione", SUSTAINED),
    ("lecco", "catalogo-offerta-territoriale", SUSTAINED),
    ("lecco", "servizi-salva-tempo", SUSTAINED),
    ("lecco", "bando-welfare-servizi-interaziendali", SOURCE),
    ("milano-1", "campus-educatori-genitori-volontari", SUSTAINED),
    ("como", "spazio-bimbo", SOURCE),
    ("pavia", "bambini-al-centro", SOURCE),
    ("sondrio", "trasporto-persone-non-autosufficienti", SOURCE),
    ("vallecamonica-sebino", "nonni-di-giorno", SOURCE),
    ("bergamo", "sportello-conciliazione-imprese", SOURCE),
    ("bergamo", "consulenza-progettazione-welfare-aziendale", SOURCE),
    ("mantova", "kit-lunghe-assenze-maternita", SOURCE),
    ("cremona", "sportelli-conciliazione", SOURCE),
    ("lodi", "counseling-dipendenti-asl-ao-asp", SOURCE),
    ("lodi", "lavanderia-aziendale-ao-lodi", SOURCE),
    ("lodi", "formazione-responsabili-risorse-umane", SOURCE),
    ("lodi", "formazione-ciclo-di-vita", SOURCE),
    ("brescia", "bando-asl-servizi-conciliazione", SOURCE),
    ("brescia", "interventi-animativi-educativi", SOURCE),
    ("monza-brianza", "avviso-reti-interaziendali", SOURCE),
    ("milano", "bando-famiglie-creative", SOURCE),
    ("milano", "pedibus", SOURCE),
    ("milano", "conciliazione-chiusura-scuole", SOURCE),
    ("milano", "famiglie-congiunti-fragili", SOURCE),
]
FLAGS = ("is_free", "accepts_vouchers")


def unverified_values(page, note):
    values = {"status": "unverified", "status_reason": note}
    values.update({flag: None for flag in FLAGS if getattr(page, flag) is False})
    return values


def seed_pages(apps):
    """(page, note) of every unverified seed sheet, in every language (translations share the key)."""
    ServicePage = apps.get_model("services_catalog", "ServicePage")
    for network_slug, slug, note in SEED_SHEETS:
        sources = ServicePage.objects.filter(slug=slug, network__slug=network_slug, locale__language_code="it")
        keys = sources.values_list("translation_key", flat=True)
        for page in ServicePage.objects.filter(translation_key__in=list(keys), status="active", last_verified=None):
            yield page, note


def mark_unverified(apps, schema_editor):
    ServicePage = apps.get_model("services_catalog", "ServicePage")
    Revision = apps.get_model("wagtailcore", "Revision")
    for page, note in list(seed_pages(apps)):
        values = unverified_values(page, note)
        ServicePage.objects.filter(pk=page.pk).update(**values)
        if page.latest_revision_id:
            revision = Revision.objects.get(pk=page.latest_revision_id)
            revision.content.update(values)
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("services_catalog", "0004_three_valued_flags_and_unverified_status"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(mark_unverified, migrations.RunPython.noop)]
