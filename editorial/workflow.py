"""The moderation workflow: network editors submit, «Redazione regionale» approves or
rejects with a comment. One Wagtail workflow with one group-approval task, assigned to the
root of the page tree so that every page of every locale goes through it."""

from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

from editorial.groups import REGIONAL_GROUP_NAME

WORKFLOW_NAME = "Approvazione regionale"
TASK_NAME = "Approvazione della Redazione regionale"


def ensure_regional_workflow():
    """Creates (or repairs) the workflow and assigns it to the whole tree; returns it."""
    regional = Group.objects.get(name=REGIONAL_GROUP_NAME)
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.active = True
    task.save(update_fields=["active"])
    task.groups.add(regional)

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=Page.get_first_root_node(), defaults={"workflow": workflow})
    return workflow
