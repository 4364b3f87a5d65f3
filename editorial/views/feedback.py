"""The admin report of visitors' feedback: reports and page ratings of the networks the user
edits (all of them, and pages outside any network, for the regional group), newest first,
open ones by default; an editor marks a report as handled."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from editorial.access import feedback_visible_to, is_regional_editor, networks_user_can_see
from editorial.models import Feedback

PER_PAGE = 50
STATES = (("open", _("Da gestire")), ("handled", _("Gestite")), ("all", _("Tutte")))


class FeedbackFilterForm(forms.Form):
    stato = forms.ChoiceField(label=_("Stato"), choices=STATES, required=False)
    tipo = forms.ChoiceField(label=_("Tipo"), choices=[("", _("Tutti")), *Feedback.Kind.choices], required=False)


def can_read_feedback(user):
    return bool(networks_user_can_see(user)) or is_regional_editor(user)


def filtered(queryset, data):
    state = data.get("stato") or "open"
    if state == "open":
        queryset = queryset.filter(handled_at__isnull=True)
    elif state == "handled":
        queryset = queryset.filter(handled_at__isnull=False)
    if data.get("tipo"):
        queryset = queryset.filter(kind=data["tipo"])
    return queryset


def feedback_report(request):
    if not can_read_feedback(request.user):
        raise PermissionDenied
    form = FeedbackFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    items = filtered(feedback_visible_to(request.user), data).select_related("network", "page", "handled_by")
    page = Paginator(items, PER_PAGE).get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    context = {"form": form, "items": page, "query": query.urlencode()}
    return TemplateResponse(request, "editorial/admin/feedback.html", context)


@require_POST
def mark_handled(request, pk):
    feedback = get_object_or_404(feedback_visible_to(request.user), pk=pk)
    if feedback.handled_at is None:
        feedback.handled_at = timezone.now()
        feedback.handled_by = request.user
        feedback.save(update_fields=["handled_at", "handled_by"])
    return redirect(request.POST.get("next") if is_admin_path(request.POST.get("next", "")) else "editorial_feedback")


def is_admin_path(path):
    return path.startswith("/admin/redazione/segnalazioni/") and "//" not in path
