"""/api/v2/: read-only, public content only."""

from wagtail.api.v2.router import WagtailAPIRouter

from opendata.api.endpoints import (
    DocumentsEndpoint,
    ImagesEndpoint,
    PagesEndpoint,
    PracticesEndpoint,
    ServicesEndpoint,
)

api_router = WagtailAPIRouter("opendata_api")
# Specific endpoints first: the router links each page to the first endpoint serving its model.
api_router.register_endpoint("services", ServicesEndpoint)
api_router.register_endpoint("practices", PracticesEndpoint)
api_router.register_endpoint("pages", PagesEndpoint)
api_router.register_endpoint("images", ImagesEndpoint)
api_router.register_endpoint("documents", DocumentsEndpoint)
