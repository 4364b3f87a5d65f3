"""Whether a confirmed import is still waiting for the import worker: the admin tells the
editor when no worker has taken it for over a minute (the worker is down)."""

from datetime import timedelta

from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

WAITING_WARNING_AFTER = timedelta(minutes=1)


def waiting_for_worker(service_import, now=None):
    """True when the import's task has been queued for over a minute and no worker started it."""
    now = now or timezone.now()
    queued = DBTaskResult.objects.filter(
        status=TaskResultStatus.READY, enqueued_at__lt=now - WAITING_WARNING_AFTER, task_path__endswith=".run_import"
    ).values_list("args_kwargs", flat=True)
    return any(args_kwargs.get("args", [])[:1] == [service_import.pk] for args_kwargs in queued)
