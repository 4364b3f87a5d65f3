"""The «da verificare» report: services not verified for over a year, per network, exportable."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone

from editorial.access import networks_user_can_see
from editorial.forms import FreshnessFilterForm
from editorial.freshness import report_csv, report_xlsx, stale_services
from home.models import NetworkPage

EXPORTS = {
    "csv": (report_csv, "text/csv; charset=utf-8"),
    "xlsx": (report_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


def freshness_report(request):
    visible = networks_user_can_see(request.user)
    if not visible:
        raise PermissionDenied
    networks = NetworkPage.objects.filter(pk__in=[network.pk for network in visible]).order_by("title")
    form = FreshnessFilterForm(request.GET or None, networks=networks)
    chosen = form.cleaned_data["network"] if form.is_valid() and form.cleaned_data["network"] else None
    services = stale_services([chosen] if chosen else networks, timezone.localdate())
    export = request.GET.get("export")
    if export in EXPORTS:
        build, content_type = EXPORTS[export]
        response = HttpResponse(build(services), content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="servizi-da-verificare.{export}"'
        return response
    query = request.GET.copy()
    query.pop("export", None)
    context = {"form": form, "services": services, "query": query.urlencode()}
    return TemplateResponse(request, "editorial/admin/freshness.html", context)
