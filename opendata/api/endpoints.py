"""The read-only endpoints of /api/v2/: Wagtail's pages, images and documents, and the
services and practices with their taxonomy filters. Every endpoint is throttled per
client and sends cache headers; listings are capped by WAGTAILAPI_LIMIT_MAX."""

from rest_framework.throttling import BaseThrottle
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from goodpractices.models import GoodPracticePage
from opendata.api.fields import PRACTICE_API_FIELDS, SERVICE_API_FIELDS
from opendata.api.filters import RelatedValue, TaxonomyFilter
from opendata.api.params import check_query
from opendata.caching import public_cache
from opendata.sources import PRACTICE_RELATIONS, SERVICE_RELATIONS, published
from opendata.throttling import OpenDataRateThrottle
from services_catalog.models import ServicePage


class OpenDataEndpointMixin:
    throttle_classes: list[type[BaseThrottle]] = [OpenDataRateThrottle]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        filterable = self.get_available_fields(self.model, db_fields_only=True)
        check_query(request, self.model, filterable, kwargs.get("pk"))

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        return public_cache(response)


class PagesEndpoint(OpenDataEndpointMixin, PagesAPIViewSet):
    pass


class ImagesEndpoint(OpenDataEndpointMixin, ImagesAPIViewSet):
    pass


class DocumentsEndpoint(OpenDataEndpointMixin, DocumentsAPIViewSet):
    pass


class TaxonomyPagesEndpoint(PagesEndpoint):
    """Pages of one model, with the model's fields (declared here, so that the
    models' apps need not know about the API) and the taxonomy filters."""

    api_fields: list = []
    taxonomy_filters: dict = {}
    related_to_prefetch: tuple = ()

    @classmethod
    def get_body_fields(cls, model):
        return cls._convert_api_fields(cls.body_fields + list(cls.api_fields))

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        # The taxonomy parameters are handled by TaxonomyFilter, not by Wagtail's FieldsFilter.
        fields = super().get_available_fields(model, db_fields_only)
        return [name for name in fields if not (db_fields_only and name in cls.taxonomy_filters)]

    @property
    def known_query_parameters(self):
        return PagesAPIViewSet.known_query_parameters.union(self.taxonomy_filters)

    def get_queryset(self):
        # What HSDS and the CSV publish (opendata.sources): no demo data, no translation
        # listing a service a second time.
        public = self.get_base_queryset().filter(pk__in=published(self.model).values("pk")).values("pk")
        return (
            self.model.objects.filter(pk__in=public)
            .select_related("network")
            .prefetch_related(*self.related_to_prefetch)
        )

    def filter_queryset(self, queryset):
        queryset = TaxonomyFilter().filter_queryset(self.request, queryset, self)
        return super().filter_queryset(queryset)


NETWORK_FILTER = RelatedValue("network", "home.NetworkPage", number_field="pk")
OBJECTIVE_FILTER = RelatedValue("objectives", "home.Objective", number_field="number")


class ServicesEndpoint(TaxonomyPagesEndpoint):
    """/api/v2/services/?network=lecco&objective=5&audience=famiglie"""

    name = "services"
    model = ServicePage
    api_fields = SERVICE_API_FIELDS
    related_to_prefetch = SERVICE_RELATIONS
    taxonomy_filters = {
        "network": NETWORK_FILTER,
        "objective": OBJECTIVE_FILTER,
        "audience": RelatedValue("audiences", "home.Audience"),
    }


class PracticesEndpoint(TaxonomyPagesEndpoint):
    """/api/v2/practices/?network=lecco&objective=1&audience=imprese (audience: who benefits)"""

    name = "practices"
    model = GoodPracticePage
    api_fields = PRACTICE_API_FIELDS
    related_to_prefetch = PRACTICE_RELATIONS
    taxonomy_filters = {
        "network": NETWORK_FILTER,
        "objective": OBJECTIVE_FILTER,
        "audience": RelatedValue("beneficiaries", "goodpractices.Beneficiary"),
    }
