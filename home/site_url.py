"""The site's public base URL, read from one setting (SITE_BASE_URL).

Wagtail builds a page's absolute URL from its Site's hostname and port, and Django's
`build_absolute_uri` from the request's Host header: behind a proxy or on a developer's
machine both can say `localhost`, and every link reused from the open data would then be
broken. The default Site is kept equal to SITE_BASE_URL (after every `migrate` and seed
load), and URLs that are not pages go through `absolute_url`."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

DEFAULT_PORTS = {"http": 80, "https": 443}


def base_url():
    return settings.SITE_BASE_URL.rstrip("/")


def absolute_url(path):
    """`path` (a site-relative URL such as reverse() gives) on the configured base URL."""
    if urlsplit(path).scheme:
        return path
    return base_url() + "/" + path.lstrip("/")


def hostname_and_port():
    """(hostname, port) for Wagtail's Site. Wagtail derives the scheme from the port (443 is
    https, anything else http), so https on another port cannot be represented."""
    parts = urlsplit(base_url())
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ImproperlyConfigured(f"SITE_BASE_URL deve essere un URL http(s) assoluto, non {base_url()!r}")
    port = parts.port or DEFAULT_PORTS[parts.scheme]
    if parts.scheme == "https" and port != 443:
        raise ImproperlyConfigured("SITE_BASE_URL: https è supportato solo sulla porta 443")
    return parts.hostname, port


def sync_default_site(**kwargs):
    """Point the default Wagtail Site at SITE_BASE_URL (a post_migrate receiver, too)."""
    from wagtail.models import Site

    hostname, port = hostname_and_port()
    Site.objects.filter(is_default_site=True).exclude(hostname=hostname, port=port).update(hostname=hostname, port=port)
    Site.clear_site_root_paths_cache()
