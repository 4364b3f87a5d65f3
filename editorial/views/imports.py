"""Admin views of the bulk import: upload, preview of rejected rows, confirm or discard,
progress and result. Network editors import into the networks they may add pages to."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views import View
from wagtail.admin import messages

from editorial.access import networks_for_user
from editorial.forms import ServiceImportForm
from editorial.importer.queue import waiting_for_worker
from editorial.importer.reader import MalformedFile
from editorial.importer.runner import preview, read_progress, run_import
from editorial.importer.template import template_csv, template_xlsx
from editorial.models import ServiceImport
from home.models import NetworkPage


def allowed_networks(user):
    networks = networks_for_user(user)
    if not networks:
        raise PermissionDenied
    return NetworkPage.objects.filter(pk__in=[network.pk for network in networks]).order_by("title")


class ImportUploadView(View):
    template_name = "editorial/admin/import_upload.html"

    def get(self, request):
        form = ServiceImportForm(networks=allowed_networks(request.user))
        return self.render(request, form)

    def post(self, request):
        form = ServiceImportForm(request.POST, request.FILES, networks=allowed_networks(request.user))
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                service_import = preview(form.cleaned_data["network"], request.user, upload.name, upload.read())
            except MalformedFile as error:
                form.add_error("file", str(error))
            else:
                return redirect("editorial_import_detail", service_import.pk)
        return self.render(request, form, status=400)

    def render(self, request, form, status=200):
        recent = ServiceImport.objects.filter(network__in=form.fields["network"].queryset).select_related("network")
        context = {"form": form, "recent_imports": recent[:10]}
        return TemplateResponse(request, self.template_name, context, status=status)


class ImportDetailView(View):
    template_name = "editorial/admin/import_detail.html"

    def get_import(self, request, pk):
        service_import = get_object_or_404(ServiceImport.objects.select_related("network", "user"), pk=pk)
        if service_import.network_id not in {network.pk for network in networks_for_user(request.user)}:
            raise PermissionDenied
        return service_import

    def get(self, request, pk):
        service_import = self.get_import(request, pk)
        context = {
            "service_import": service_import,
            "progress": read_progress(service_import),
            "waiting_for_worker": service_import.status == ServiceImport.Status.RUNNING
            and waiting_for_worker(service_import),
            "Status": ServiceImport.Status,
        }
        return TemplateResponse(request, self.template_name, context)

    def post(self, request, pk):
        service_import = self.get_import(request, pk)
        if service_import.status != ServiceImport.Status.PREVIEW:
            messages.error(request, _("Questa importazione è già stata decisa."))
            return redirect("editorial_import_detail", pk)
        if request.POST.get("decision") == "import" and service_import.valid_rows:
            service_import.status = ServiceImport.Status.RUNNING
            service_import.save(update_fields=["status"])
            run_import.enqueue(service_import.pk)
        else:
            service_import.status = ServiceImport.Status.CANCELLED
            service_import.file.delete(save=False)
            service_import.save()
            messages.success(request, _("Importazione annullata: nessun servizio è stato modificato."))
        return redirect("editorial_import_detail", pk)


def download_template(request, extension):
    allowed_networks(request.user)
    if extension not in ("csv", "xlsx"):
        raise Http404
    if extension == "xlsx":
        content = template_xlsx()
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        content, content_type = template_csv(), "text/csv; charset=utf-8"
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="modello-servizi.{extension}"'
    return response
