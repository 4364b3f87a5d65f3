"""The site's own Django apps (those whose code lives in this repository), for the tests that
read every app's code."""

from pathlib import Path

from django.apps import apps
from django.conf import settings


def apps_of_ours():
    """Apps in a top-level folder of the repository: an installed package (in a virtual
    environment the repository may hold, such as `.venv/`) is not ours."""
    root = Path(settings.BASE_DIR)
    return sorted(config.name.split(".")[0] for config in apps.get_app_configs() if Path(config.path).parent == root)
