"""Seed loader (settings.SEED_LOADERS): the starting synonym groups. Idempotent, and a
group editors changed is left as they left it."""

from search.models import SynonymGroup
from search.seed_synonyms import SEED_SYNONYM_GROUPS


def load(stdout=None):
    created = 0
    for name, terms in SEED_SYNONYM_GROUPS:
        created += SynonymGroup.objects.get_or_create(name=name, defaults={"terms": "\n".join(terms)})[1]
    if stdout is not None:
        stdout.write(f"ricerca: {created} gruppi di sinonimi creati")
    return {"synonym_groups": created}
