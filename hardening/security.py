"""Security headers on every response: Content-Security-Policy and Permissions-Policy.

Django's SecurityMiddleware already sets X-Content-Type-Options, Referrer-Policy,
Cross-Origin-Opener-Policy and HSTS (production); XFrameOptionsMiddleware sets
X-Frame-Options. The public site gets a strict policy with no 'unsafe-inline': templates
carry no inline script or style, and `application/ld+json` data blocks are never executed,
so CSP does not apply to them. The Wagtail admin ships inline scripts and styles of its
own, so paths under the admin prefixes get the relaxed policy of settings.CSP_ADMIN.

Wagtail renders a preview (the editor's, the side panel's, a reviewer's) by running the
page's own request through the middleware chain with `request.is_preview` set: that
response keeps the public policy but may be framed by the admin of the same origin
(`frame-ancestors 'self'`, X-Frame-Options SAMEORIGIN); public pages are never framed."""

from django.conf import settings


def serialise_policy(policy):
    """{"default-src": ["'self'"], "upgrade-insecure-requests": []} -> header value."""
    return "; ".join(" ".join([directive, *sources]) for directive, sources in policy.items())


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.public_policy = serialise_policy(settings.CSP_PUBLIC)
        self.admin_policy = serialise_policy(settings.CSP_ADMIN)
        self.preview_policy = serialise_policy({**settings.CSP_PUBLIC, "frame-ancestors": ["'self'"]})
        self.admin_prefixes = tuple(settings.CSP_ADMIN_PATH_PREFIXES)
        self.permissions_policy = ", ".join(
            f"{feature}=({' '.join(allow)})" for feature, allow in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "is_preview", False):
            response.headers.setdefault("Content-Security-Policy", self.preview_policy)
            response.headers["X-Frame-Options"] = "SAMEORIGIN"
        is_admin = request.path_info.startswith(self.admin_prefixes)
        response.headers.setdefault("Content-Security-Policy", self.admin_policy if is_admin else self.public_policy)
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        return response
