"""The site's own Django apps (those whose code lives in this repository), for the tests that
read every app's code."""

from pathlib import Path

from django.apps import apps
from django.conf import settings


def apps_of_ours():
    root = Path(settings.BASE_DIR)
    return sorted({config.name.split(".")[0] for config in apps.get_app_configs() if root in Path(config.path).parents})
