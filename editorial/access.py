"""Which networks a user edits, read from Wagtail's own page permissions."""

from home.models import NetworkPage


def networks_for_user(user):
    """Networks (default locale) under which the user may add pages."""
    networks = NetworkPage.objects.filter(locale__language_code="it").order_by("title")
    return [network for network in networks if network.permissions_for_user(user).can_add_subpage()]


def networks_user_can_see(user):
    """Networks whose content the user may edit (the regional group: all of them)."""
    networks = NetworkPage.objects.filter(locale__language_code="it").order_by("title")
    return [network for network in networks if network.permissions_for_user(user).can_edit()]
