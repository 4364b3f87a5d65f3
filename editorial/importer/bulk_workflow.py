"""Submitting many new draft pages to a moderation workflow at once, with the rows
`workflow.start(page, user)` writes for one page: a WorkflowState in progress requested by the
user, a TaskState in progress on the first active task for the page's latest revision (the
state's current task state) and the «wagtail.workflow.start» log entry.

It sends no `workflow_submitted`/`task_submitted` signal per page: their receivers are
Wagtail's per-submission e-mails, which an import replaces with one summary message
(editorial.importer.notifications). Tasks whose start does more than create a plain TaskState
(custom task types) are started page by page by Wagtail itself."""

from django.db.models import OuterRef, Subquery
from wagtail.models import GroupApprovalTask, Task, TaskState, WorkflowState, get_default_page_content_type

from editorial.importer.bulk_pages import chunks, log_entries


def first_task(workflow):
    """The task a new workflow state moves to (WorkflowState.get_next_task with no task done)."""
    return (
        Task.objects.filter(workflow_tasks__workflow=workflow, active=True)
        .order_by("workflow_tasks__sort_order")
        .first()
    )


def starts_plainly(task):
    """Whether starting `task` only creates a TaskState: Wagtail's Task and GroupApprovalTask,
    whose one extra step unlocks a page locked by a non-reviewer (a new page is not locked)."""
    specific = task.specific
    plain_start = type(specific).start in (Task.start, GroupApprovalTask.start)
    return plain_start and specific.get_task_state_class() is TaskState


def start_in_bulk(workflow, pages, revisions, user):
    """Starts `workflow` on new pages; `revisions` maps each page's pk to its latest revision."""
    task = first_task(workflow)
    if task is None or not starts_plainly(task):
        # Without a task Wagtail finishes (publishes) at once; custom tasks do their own start.
        for page in pages:
            workflow.start(page, user)
        return
    states = WorkflowState.objects.bulk_create(
        WorkflowState(
            content_type_id=page.content_type_id,
            base_content_type=get_default_page_content_type(),
            object_id=str(page.pk),
            workflow=workflow,
            status=WorkflowState.STATUS_IN_PROGRESS,
            requested_by=user,
        )
        for page in pages
    )
    task_states = TaskState.objects.bulk_create(
        TaskState(workflow_state=state, revision=revisions[page.pk], task=task, status=TaskState.STATUS_IN_PROGRESS)
        for page, state in zip(pages, states, strict=True)
    )
    point_states_to_their_task(states)
    task_state_of = {page.pk: task_state.pk for page, task_state in zip(pages, task_states, strict=True)}
    log_entries(
        pages,
        "wagtail.workflow.start",
        lambda page: user,
        revisions=revisions,
        data_of=lambda page: {
            "workflow": {
                "id": workflow.pk,
                "title": workflow.name,
                "status": WorkflowState.STATUS_IN_PROGRESS,
                "next": {"id": task.pk, "title": task.name},
                "task_state_id": task_state_of[page.pk],
            }
        },
    )


def point_states_to_their_task(states):
    """Sets each new state's current_task_state to its (only) task state."""
    task_state = TaskState.objects.filter(workflow_state=OuterRef("pk")).order_by("-pk").values("pk")[:1]
    for batch in chunks([state.pk for state in states]):
        WorkflowState.objects.filter(pk__in=batch).update(current_task_state=Subquery(task_state))
