"""Content-Security-Policy through django-csp, with two policies by path and one for previews.

django-csp's middleware writes settings.CONTENT_SECURITY_POLICY (strict, no 'unsafe-inline':
templates carry no inline script or style, and `application/ld+json` data blocks are never
executed, so CSP does not apply to them). The Wagtail admin ships inline scripts and styles of
its own, so paths under CSP_ADMIN_PATH_PREFIXES get the relaxed directives of CSP_ADMIN.

Wagtail renders a preview (the editor's, the side panel's, a reviewer's) by running the
page's own request through the middleware chain with `request.is_preview` set: that
response keeps the public policy but may be framed by the admin of the same origin
(`frame-ancestors 'self'`, X-Frame-Options SAMEORIGIN); public pages are never framed.

Django's SecurityMiddleware sets X-Content-Type-Options, Referrer-Policy,
Cross-Origin-Opener-Policy and HSTS (production); XFrameOptionsMiddleware X-Frame-Options;
django-permissions-policy Permissions-Policy (settings.PERMISSIONS_POLICY)."""

from csp.middleware import CSPMiddleware
from django.conf import settings

PREVIEW_DIRECTIVES = {"frame-ancestors": ["'self'"]}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if request.path_info.startswith(tuple(settings.CSP_ADMIN_PATH_PREFIXES)):
            parts.config = parts.config or settings.CSP_ADMIN
        elif getattr(request, "is_preview", False):
            parts.replace = {**PREVIEW_DIRECTIVES, **(parts.replace or {})}
        return parts

    def process_response(self, request, response):
        if getattr(request, "is_preview", False):
            response.headers["X-Frame-Options"] = "SAMEORIGIN"
        return super().process_response(request, response)
