"""Seed loader (settings.SEED_LOADERS): the thesaurus the site starts with. Idempotent, and a
group editors changed is left as they left it."""

from search.models import SynonymGroup
from search.seed_synonyms import SEED_SYNONYM_GROUPS


def load(stdout=None):
    created = 0
    for name, terms, broader in SEED_SYNONYM_GROUPS:
        defaults = {"terms": "\n".join(terms), "broader_terms": "\n".join(broader)}
        created += SynonymGroup.objects.get_or_create(name=name, defaults=defaults)[1]
    if stdout is not None:
        stdout.write(f"ricerca: {created} voci del thesaurus create")
    return {"synonym_groups": created}
