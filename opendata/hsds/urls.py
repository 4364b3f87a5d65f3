from django.urls import path

from opendata.hsds import views

app_name = "hsds"

urlpatterns = [
    path("", views.about, name="about"),
    path("openapi.json", views.openapi, name="openapi"),
    path("services", views.services, name="services"),
    path("services/<str:service_id>", views.service, name="service"),
    path("taxonomies", views.taxonomy_list, name="taxonomies"),
    path("taxonomies/<str:item_id>", views.taxonomy_detail, name="taxonomy"),
    path("taxonomy_terms", views.taxonomy_term_list, name="taxonomy_terms"),
    path("taxonomy_terms/<str:item_id>", views.taxonomy_term_detail, name="taxonomy_term"),
]
