"""Services leave the public catalogue by themselves when they end: a live ServicePage
whose status is «concluso» or whose validity ended before today is unpublished (Wagtail's
own unpublish, logged). Run with `manage.py expire_services`, next to `publish_scheduled`."""

from django.db.models import Q

from services_catalog.models import ServicePage, ServiceStatus


def services_to_expire(today):
    return ServicePage.objects.live().filter(Q(status=ServiceStatus.ENDED) | Q(valid_to__lt=today))


def expire_services(today):
    expired = []
    for service in services_to_expire(today):
        service.unpublish(log_action="wagtail.unpublish.scheduled")
        expired.append(service)
    return expired
