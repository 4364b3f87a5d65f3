from django.urls import path

from editorial.views.feedback import feedback_report, mark_handled
from editorial.views.freshness import freshness_report
from editorial.views.guide import editors_guide
from editorial.views.imports import ImportDetailView, ImportUploadView, download_template

urlpatterns = [
    path("importa-servizi/", ImportUploadView.as_view(), name="editorial_import"),
    path("importa-servizi/<int:pk>/", ImportDetailView.as_view(), name="editorial_import_detail"),
    path("importa-servizi/modello.<slug:extension>", download_template, name="editorial_import_template"),
    path("servizi-da-verificare/", freshness_report, name="editorial_freshness"),
    path("guida/", editors_guide, name="editorial_guide"),
    path("segnalazioni/", feedback_report, name="editorial_feedback"),
    path("segnalazioni/<int:pk>/gestita/", mark_handled, name="editorial_feedback_handled"),
]
