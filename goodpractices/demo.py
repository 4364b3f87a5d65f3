"""Demo practices for benchmarks and load tests: realistic in shape, spread over the
networks and the taxonomy, always marked (`is_demo`, «[Demo]» in the title) and never
loaded by `make run`."""

import random
import uuid

from django.db import transaction
from wagtail.models import Locale

from goodpractices.models import (
    Beneficiary,
    GoodPracticePage,
    InterventionKind,
    Measure,
    PracticePeriod,
    ResultIndicator,
)
from home.models import NetworkPage, Objective
from operations.planner import refresh_statistics

DEMO_PREFIX = "[Demo]"
BATCH_SIZE = 500
MEASURE_LABELS = {
    Measure.PROJECTS: "progetti finanziati",
    Measure.COMPANIES: "imprese coinvolte",
    Measure.WORKERS: "lavoratori/trici raggiunti",
    Measure.CHILDREN: "figli di dipendenti raggiunti",
    Measure.FAMILIES: "famiglie raggiunte",
    Measure.HELP_DESKS: "sportelli attivati",
}


class MissingTaxonomy(Exception):
    pass


def load_vocabularies(locale):
    vocabularies = {
        "networks": list(NetworkPage.objects.filter(locale=locale)),
        "objectives": list(Objective.objects.filter(locale=locale).prefetch_related("actions")),
        "kinds": list(InterventionKind.objects.filter(locale=locale)),
        "beneficiaries": list(Beneficiary.objects.filter(locale=locale)),
        "periods": list(PracticePeriod.objects.filter(locale=locale)),
    }
    empty = [name for name, values in vocabularies.items() if not values]
    if empty:
        raise MissingTaxonomy(", ".join(empty))
    return vocabularies


def build_practice(rng, number, vocabularies):
    objectives = rng.sample(vocabularies["objectives"], rng.randint(1, 2))
    actions = [rng.choice(list(objective.actions.all())) for objective in objectives]
    network = rng.choice(vocabularies["networks"])
    measures = rng.sample(list(MEASURE_LABELS), rng.randint(1, 3))
    title = f"{DEMO_PREFIX} {actions[0].title} – {network.short_name} {number}"
    return network, GoodPracticePage(
        title=title[:255],
        slug=f"demo-{uuid.uuid4().hex[:12]}",
        summary=(
            f"Pratica dimostrativa n. {number}, generata automaticamente per le prove di carico: "
            f"{', '.join(action.title.lower() for action in actions)}."
        ),
        period=rng.choice(vocabularies["periods"]),
        objectives=objectives,
        actions=actions,
        kinds=rng.sample(vocabularies["kinds"], rng.randint(1, 2)),
        beneficiaries=rng.sample(vocabularies["beneficiaries"], rng.randint(1, 3)),
        indicators=[
            ResultIndicator(label=MEASURE_LABELS[measure], value=rng.randint(1, 600), measure=measure)
            for measure in measures
        ],
        is_demo=True,
    )


def next_demo_number():
    return GoodPracticePage.objects.filter(is_demo=True).count() + 1


def generate(count, seed=None):
    """Create `count` demo practices; return how many were created."""
    locale = Locale.get_default()
    vocabularies = load_vocabularies(locale)
    rng = random.Random(seed)
    start = next_demo_number()
    for batch_start in range(start, start + count, BATCH_SIZE):
        with transaction.atomic():  # one commit per batch: SQLite syncs to disk on each commit
            for number in range(batch_start, min(batch_start + BATCH_SIZE, start + count)):
                network, practice = build_practice(rng, number, vocabularies)
                network.add_child(instance=practice)
    refresh_statistics(GoodPracticePage)
    return count


def delete_all():
    deleted = 0
    for practice in GoodPracticePage.objects.filter(is_demo=True):
        practice.delete()
        deleted += 1
    return deleted
