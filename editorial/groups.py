"""Editors' groups, their page permissions and their collections, with Wagtail's own
permission models only (GroupPagePermission, GroupCollectionPermission).

Each network has a group «Redazione <rete>» that may add and edit pages (and so submit
them for approval) in that network's subtree, and an image and document collection of its
own. «Redazione regionale» approves and publishes everywhere and brings translations up to
date with their source. Wagtail's default «Editors» and «Moderators» groups, which would sit
beside these with rights over the whole tree, are removed while nobody is in them.
Everything is idempotent: running it again adds what is missing and removes nothing an
administrator granted."""

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from home.models import NetworkPage

REGIONAL_GROUP_NAME = "Redazione regionale"
# Created by Wagtail's own migrations; replaced by the editorial groups.
WAGTAIL_DEFAULT_GROUP_NAMES = ("Editors", "Moderators")
NETWORK_GROUP_PREFIX = "Redazione "
NETWORK_PAGE_PERMISSIONS = ("add_page", "change_page")
REGIONAL_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page")
NETWORK_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)
# Model permissions of the regional group: bring translations up to date with their Italian
# source («Sincronizza le pagine tradotte») and start new ones (wagtail-localize); edit the
# shared taxonomy (objectives with their measures and descriptions), which the guide for
# companies publishes. Network editors get no model permission on either.
REGIONAL_MODEL_PERMISSIONS = (("wagtail_localize", "submit_translation"), ("home", "change_objective"))
REGIONAL_COLLECTION_PERMISSIONS = NETWORK_COLLECTION_PERMISSIONS + (
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "delete_document"),
)


@dataclass
class EditorialSetupReport:
    groups_created: int = 0
    groups_removed: int = 0
    permissions_created: int = 0
    collections_created: int = 0


def network_group_name(network):
    return f"{NETWORK_GROUP_PREFIX}{network.short_name}"


def network_collection_name(network):
    # Content, not interface text: the same name in every language keeps the setup idempotent.
    return f"Rete {network.short_name}"


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def page_permission(codename):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


class EditorialGroupsSetup:
    """Creates or completes the editorial groups; safe to run any number of times."""

    def __init__(self):
        self.report = EditorialSetupReport()

    def run(self):
        regional = self.ensure_group(REGIONAL_GROUP_NAME)
        self.grant_pages(regional, Page.get_first_root_node(), REGIONAL_PAGE_PERMISSIONS)
        self.grant_collection(regional, Collection.get_first_root_node(), REGIONAL_COLLECTION_PERMISSIONS)
        self.grant_model_permissions(regional, REGIONAL_MODEL_PERMISSIONS)
        self.remove_unused_default_groups()
        for network, translations in self.networks():
            group = self.ensure_group(network_group_name(network))
            for page in translations:
                self.grant_pages(group, page, NETWORK_PAGE_PERMISSIONS)
            self.grant_collection(group, self.ensure_collection(network), NETWORK_COLLECTION_PERMISSIONS)
        return self.report

    @staticmethod
    def networks():
        """Each network in the default locale with all its translations (one subtree per locale)."""
        by_key = {}
        for page in NetworkPage.objects.select_related("locale").order_by("path"):
            by_key.setdefault(page.translation_key, []).append(page)
        for pages in by_key.values():
            source = next((page for page in pages if page.locale.language_code == "it"), pages[0])
            yield source, pages

    def ensure_group(self, name):
        group, created = Group.objects.get_or_create(name=name)
        self.report.groups_created += created
        access_admin = permission("wagtailadmin", "access_admin")
        if not group.permissions.filter(pk=access_admin.pk).exists():
            group.permissions.add(access_admin)
        return group

    def ensure_collection(self, network):
        name = network_collection_name(network)
        root = Collection.get_first_root_node()
        existing = root.get_children().filter(name=name).first()
        if existing:
            return existing
        self.report.collections_created += 1
        return root.add_child(name=name)

    def grant_pages(self, group, page, codenames):
        for codename in codenames:
            created = GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=page_permission(codename)
            )[1]
            self.report.permissions_created += created

    def remove_unused_default_groups(self):
        unused = Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUP_NAMES, user__isnull=True)
        self.report.groups_removed += unused.delete()[1].get("auth.Group", 0)

    def grant_model_permissions(self, group, permissions):
        for app_label, codename in permissions:
            granted = permission(app_label, codename)
            if not group.permissions.filter(pk=granted.pk).exists():
                group.permissions.add(granted)
                self.report.permissions_created += 1

    def grant_collection(self, group, collection, permissions):
        for app_label, codename in permissions:
            created = GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission(app_label, codename)
            )[1]
            self.report.permissions_created += created
