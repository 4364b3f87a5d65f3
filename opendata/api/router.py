"""/api/v2/: read-only, public content only."""

from wagtail.api.v2.router import WagtailAPIRouter

from opendata.api.endpoints import DocumentsEndpoint, ImagesEndpoint, PagesEndpoint

api_router = WagtailAPIRouter("opendata_api")
api_router.register_endpoint("pages", PagesEndpoint)
api_router.register_endpoint("images", ImagesEndpoint)
api_router.register_endpoint("documents", DocumentsEndpoint)
