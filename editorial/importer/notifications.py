"""One e-mail for a whole import instead of one per page: Wagtail's per-submission
notifier is paused while an import submits its pages, then the regional group is told once."""

from contextlib import contextmanager

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin import signal_handlers
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_submitted

PAUSED = (
    (
        task_submitted,
        TaskState,
        signal_handlers.task_submission_email_notifier,
        "group_approval_task_submitted_email_notification",
    ),
    (
        workflow_submitted,
        WorkflowState,
        signal_handlers.workflow_submission_email_notifier,
        "workflow_state_submitted_email_notification",
    ),
)


@contextmanager
def per_page_notifications_paused():
    for signal, sender, _receiver, uid in PAUSED:
        signal.disconnect(sender=sender, dispatch_uid=uid)
    try:
        yield
    finally:
        for signal, sender, receiver, uid in PAUSED:
            signal.connect(receiver, sender=sender, dispatch_uid=uid)


def notify_reviewers(service_import, reviewers):
    recipients = [user.email for user in reviewers if user.email]
    if not recipients:
        return
    subject = _("Servizi da approvare: importazione della rete %(network)s") % {"network": service_import.network}
    body = _(
        "%(user)s ha importato %(count)s servizi della rete %(network)s dal file «%(file)s» "
        "(%(created)s nuovi, %(updated)s aggiornati). Le pagine attendono l'approvazione: %(url)s"
    ) % {
        "user": service_import.user,
        "count": service_import.created_count + service_import.updated_count,
        "network": service_import.network,
        "file": service_import.file_name,
        "created": service_import.created_count,
        "updated": service_import.updated_count,
        "url": settings.WAGTAILADMIN_BASE_URL + reverse("wagtailadmin_home"),
    }
    send_mail(subject, body, None, recipients)
