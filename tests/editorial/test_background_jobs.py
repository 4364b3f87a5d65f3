"""Background jobs as editors expect them: the scheduler publishes what is due by itself,
the supervisor restarts a job that dies (waiting longer after each quick death), the import
page says when no worker has taken a confirmed import, and an editor who publishes or
schedules a page under approval is told that the approval was closed."""

import sys
from datetime import timedelta

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from editorial.management.commands import expire_services, run_scheduler
from editorial.models import ServiceImport
from editorial.supervisor import Job, Supervisor
from tests.editorial.files import service_row, upload, xlsx_bytes
from tests.editorial.test_import_worker import database_tasks  # noqa: F401 - fixture
from tests.editorial.test_workflow import submitted  # noqa: F401 - fixture


def due_revision(page, title):
    page.title = title
    revision = page.save_revision()
    due = timezone.now() - timedelta(minutes=1)
    revision.approved_go_live_at = due
    revision.content["go_live_at"] = due.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    return revision


def test_the_scheduler_publishes_what_is_due(child_pages):
    page = child_pages["como"]
    due_revision(page, "Programmata")
    call_command("run_scheduler", "--once")
    page.refresh_from_db()
    assert page.live and page.title == "Programmata"


def test_a_failing_periodic_command_does_not_stop_the_others(child_pages, monkeypatch):
    monkeypatch.setattr(run_scheduler, "PERIODIC_COMMANDS", ("expire_services", "publish_scheduled"))
    monkeypatch.setattr(expire_services.Command, "handle", broken_command)
    page = child_pages["lodi"]
    due_revision(page, "Programmata")
    call_command("run_scheduler", "--once")
    page.refresh_from_db()
    assert page.live


def broken_command(*args, **options):
    raise RuntimeError("broken")


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_the_supervisor_restarts_a_dead_job_with_growing_pauses():
    clock = FakeClock()
    job = Job("muore subito", [sys.executable, "-c", "pass"])
    logged = []
    supervisor = Supervisor([job], log=logged.append, clock=clock)
    supervisor.start()
    pauses = []
    for _attempt in range(3):
        job.process.wait(timeout=30)
        supervisor.check()
        pauses.append(job.restart_at - clock.now)
        clock.now = job.restart_at
        supervisor.check()
    assert pauses == [1, 2, 4]
    assert job.restarts == 3
    assert "riavvio tra 1 s" in logged[0]
    # A job that ran for over a minute before dying starts again after the shortest pause.
    job.process.wait(timeout=30)
    clock.now += 120
    supervisor.check()
    assert job.restart_at - clock.now == 1
    supervisor.stop()


def test_the_import_page_says_when_no_worker_took_the_import(database_tasks, lecco_client, networks):  # noqa: F811
    response = upload(lecco_client, networks["lecco"], xlsx_bytes([service_row(1)]), "servizi.xlsx")
    lecco_client.post(response["Location"], {"decision": "import"})
    assert ServiceImport.objects.get().status == ServiceImport.Status.RUNNING
    assert "nessun processo ha preso in carico" not in lecco_client.get(response["Location"]).content.decode()

    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(minutes=2))
    page = lecco_client.get(response["Location"]).content.decode()
    assert "nessun processo ha preso in carico" in page


def test_scheduling_a_page_under_approval_tells_the_editor(client, submitted, regional_editor):  # noqa: F811
    client.force_login(regional_editor)
    go_live = timezone.localtime() + timedelta(days=2)
    data = nested_form_data(
        {
            "title": submitted.title,
            "slug": submitted.slug,
            "go_live_at": go_live.strftime("%Y-%m-%d %H:%M"),
            "comments": inline_formset([]),
        }
    )
    data["action-publish"] = "1"
    response = client.post(reverse("wagtailadmin_pages:edit", args=[submitted.pk]), data, follow=True)
    assert response.status_code == 200
    assert WorkflowState.objects.get(object_id=str(submitted.pk)).status == WorkflowState.STATUS_CANCELLED
    assert not Page.objects.get(pk=submitted.pk).live
    shown = [str(message) for message in response.context["messages"]]
    assert any("richiesta di approvazione in corso è stata chiusa" in message for message in shown), shown
