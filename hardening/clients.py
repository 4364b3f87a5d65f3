"""The client's address, read one way everywhere (login lockout, rate limits, logs).

Behind TRUSTED_PROXY_COUNT reverse proxies, each appends the address it received the
request from to X-Forwarded-For, so the Nth entry from the right is the address the
outermost trusted proxy saw; anything to its left was sent by the client and may be
forged. With no trusted proxy (the default) the header is ignored: REMOTE_ADDR only."""

import ipaddress
import logging

from django.conf import settings


def client_address(request):
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies and is_address(forwarded[-proxies]):
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR") or ""


def is_address(value):
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


class ClientAddressFilter(logging.Filter):
    """Adds `client` to every log record: the address of the request the record carries
    (Django's request loggers attach it), "-" for records without one."""

    def filter(self, record):
        request = getattr(record, "request", None)
        meta = getattr(request, "META", None)
        record.client = client_address(request) if isinstance(meta, dict) else "-"
        return True
