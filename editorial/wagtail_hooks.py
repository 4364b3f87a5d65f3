"""Admin entries of the editorial tools (bulk import, the «da verificare» report, visitors'
feedback, the editors' guide in the help menu), the dashboard's order, the editor's notice
when publishing closes an approval in progress, and the public feedback forms."""

from django.contrib import messages
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import WorkflowState

from editorial import urls
from editorial.access import networks_for_user, networks_user_can_see
from editorial.feedback.rendering import feedback_forms
from editorial.views.feedback import can_read_feedback


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(networks_for_user(request.user))


class FreshnessMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(networks_user_can_see(request.user))


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return can_read_feedback(request.user)


@hooks.register("register_admin_urls")
def register_editorial_urls():
    return [path("redazione/", include(urls))]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(_("Importa servizi"), reverse("editorial_import"), icon_name="upload", order=250)


@hooks.register("register_admin_menu_item")
def register_freshness_menu_item():
    return FreshnessMenuItem(_("Servizi da verificare"), reverse("editorial_freshness"), icon_name="time", order=260)


@hooks.register("register_admin_menu_item")
def register_feedback_menu_item():
    return FeedbackMenuItem(
        _("Segnalazioni dei visitatori"), reverse("editorial_feedback"), icon_name="mail", order=270
    )


# «Segnala una modifica» and «Valuta questa pagina» in the public templates' slots.
hooks.register("page_feedback_forms", feedback_forms)


@hooks.register("register_help_menu_item")
def register_editors_guide_menu_item():
    return MenuItem(_("Guida per la redazione"), reverse("editorial_guide"), icon_name="help", order=900)


# Wagtail's workflow panels, first on the dashboard: what awaits the user's review, then the
# user's own pages in moderation (each renders nothing when empty).
WORKFLOW_PANELS_FIRST = {"workflow_objects_to_moderate": 10, "user_objects_in_workflow_moderation": 20}


@hooks.register("construct_homepage_panels")
def put_the_review_queue_first(request, panels):
    for panel in panels:
        if getattr(panel, "name", None) in WORKFLOW_PANELS_FIRST:
            panel.order = WORKFLOW_PANELS_FIRST[panel.name]


@hooks.register("before_edit_page")
def remember_workflow_in_progress(request, page):
    """Notes the approval in progress, so that the editor can be told if publishing ends it,
    and shows the reviewer's comment on a page sent back for changes."""
    workflow_state = page.current_workflow_state
    request.workflow_state_before_edit = workflow_state.pk if workflow_state else None
    if request.method == "GET" and workflow_state and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        messages.warning(request, changes_requested_message(workflow_state))


def changes_requested_message(workflow_state):
    task_state = workflow_state.current_task_state
    reviewer = task_state.finished_by
    message = _("La Redazione regionale ha chiesto modifiche: la pagina non è più in moderazione.")
    if reviewer is not None:
        name = reviewer.get_full_name() or reviewer.get_username()
        message = _("%(reviewer)s ha chiesto modifiche: la pagina non è più in moderazione.") % {"reviewer": name}
    if comment := task_state.get_comment():
        message += " " + _("Commento: «%(comment)s».") % {"comment": comment}
    return message + " " + _("Correggere la pagina e inviarla di nuovo all'approvazione.")


@hooks.register("after_edit_page")
def tell_when_publishing_ended_the_workflow(request, page):
    """Publishing or scheduling a page under approval closes the approval (Wagtail cancels the
    workflow on publish): the editor is told, instead of finding the request gone."""
    workflow_state_pk = getattr(request, "workflow_state_before_edit", None)
    if workflow_state_pk is None:
        return
    if not WorkflowState.objects.filter(pk=workflow_state_pk, status=WorkflowState.STATUS_CANCELLED).exists():
        return
    if page.go_live_at and page.go_live_at > timezone.now():
        message = _(
            "La pubblicazione è programmata per il %(date)s: la richiesta di approvazione in corso è stata "
            "chiusa. Se la pagina deve ancora essere approvata, annullare la programmazione e inviarla di nuovo."
        ) % {"date": date_format(timezone.localtime(page.go_live_at), "DATETIME_FORMAT")}
    else:
        message = _("La pagina è stata pubblicata: la richiesta di approvazione in corso è stata chiusa.")
    messages.warning(request, message)
