"""Which networks a user edits, read from Wagtail's own page permissions, and so which
visitors' feedback they read."""

from django.db.models import Q

from editorial.groups import REGIONAL_GROUP_NAME
from editorial.models import Feedback
from home.models import NetworkPage


def networks_for_user(user):
    """Networks (default locale) under which the user may add pages."""
    networks = NetworkPage.objects.filter(locale__language_code="it").order_by("title")
    return [network for network in networks if network.permissions_for_user(user).can_add_subpage()]


def networks_user_can_see(user):
    """Networks whose content the user may edit (the regional group: all of them)."""
    networks = NetworkPage.objects.filter(locale__language_code="it").order_by("title")
    return [network for network in networks if network.permissions_for_user(user).can_edit()]


def is_regional_editor(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name=REGIONAL_GROUP_NAME).exists())


def feedback_visible_to(user):
    """Visitors' feedback the user may read and handle: that of the networks whose content they
    edit; feedback on pages outside every network only for the regional group."""
    visible = Q(network__in=[network.pk for network in networks_user_can_see(user)])
    if is_regional_editor(user):
        visible |= Q(network__isnull=True)
    return Feedback.objects.filter(visible)
