"""Keeps GoodPracticePage.network right when a page (or a whole subtree) moves."""

from wagtail.signals import post_page_move


def update_practice_networks(sender, instance, **kwargs):
    from goodpractices.models import GoodPracticePage

    for practice in GoodPracticePage.objects.descendant_of(instance, inclusive=True):
        network = practice.find_network()
        if network != practice.network:
            GoodPracticePage.objects.filter(pk=practice.pk).update(network=network)


def connect():
    post_page_move.connect(update_practice_networks, dispatch_uid="goodpractices_update_networks")
