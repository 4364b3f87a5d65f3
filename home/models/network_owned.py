"""Pages that belong to the territorial network in whose subtree they live (services,
good practices): the network is never typed by an editor, it is read from the tree when
the page is saved and again when the page, or a branch above it, moves."""

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


class NetworkOwnedPage(models.Model):
    """Mixin for a page type that lives below a NetworkPage: `network` is that page."""

    network = models.ForeignKey(
        "home.NetworkPage",
        verbose_name=_("rete"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="%(class)s_set",
        help_text=_("Impostata automaticamente: la rete nel cui ramo si trova la pagina."),
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.network = self.find_network()
        return super().save(*args, **kwargs)

    def network_slug(self):
        """The network's slug, as the lists' `rete` parameter spells it (indexed for the search
        engine's facet counts, search.aggregations)."""
        return self.network.slug if self.network_id else None

    def find_network(self):
        """The nearest NetworkPage above this page in the tree (None outside any network)."""
        from home.models.pages import NetworkPage

        if not self.path:
            return None
        return NetworkPage.objects.ancestor_of(self).order_by("-depth").first()


def network_owned_models():
    return [model for model in apps.get_models() if issubclass(model, NetworkOwnedPage)]


def networks_around(branch):
    """The NetworkPages above `branch` (itself included) and inside it, deepest first."""
    from home.models.pages import NetworkPage

    above = NetworkPage.objects.ancestor_of(branch, inclusive=True)
    inside = NetworkPage.objects.descendant_of(branch)
    return sorted([*above, *inside], key=lambda network: network.depth, reverse=True)


def nearest_network(networks, page):
    return next((network for network in networks if page.path.startswith(network.path)), None)


def update_networks_after_move(sender, instance, parent_page_before=None, parent_page_after=None, **kwargs):
    """post_page_move handler: Wagtail saves a moved page as a plain Page (the specific
    save() does not run) and moves its descendants by path only, so every network-owned
    page in the moved branch is given its network again, in the database and in the
    search index (whose `network` filter the catalogue and the library use). A reorder
    among siblings changes no page's network."""
    parents = {getattr(parent, "pk", None) for parent in (parent_page_before, parent_page_after)}
    if len(parents) == 1 and None not in parents:
        return
    networks = networks_around(instance)
    for model in network_owned_models():
        for page in model.objects.descendant_of(instance, inclusive=True):
            network = nearest_network(networks, page)
            if page.network_id != (network.pk if network else None):
                model.objects.filter(pk=page.pk).update(network=network)
                page.network = network
                index.insert_or_update_object(page)
