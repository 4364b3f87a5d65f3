from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page, WorkflowPage
from wagtail.permissions import policy_registry
from wagtail_localize.models import TranslationSource

from editorial.groups import REGIONAL_GROUP_NAME, network_collection_name, network_group_name
from editorial.workflow import WORKFLOW_NAME


def snapshot():
    return (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        Collection.objects.count(),
    )


def test_the_command_is_idempotent(db):
    before = snapshot()
    call_command("setup_editorial_groups", verbosity=0)
    call_command("setup_editorial_groups", verbosity=0)
    assert snapshot() == before


def test_one_group_per_network_with_rights_on_its_subtree_only(networks):
    for page in networks.values():
        group = Group.objects.get(name=network_group_name(page))
        granted = set(group.page_permissions.values_list("page_id", "permission__codename"))
        assert granted == {(page.pk, "add_page"), (page.pk, "change_page")}


def test_the_regional_group_publishes_everywhere(db):
    group = Group.objects.get(name=REGIONAL_GROUP_NAME)
    root = Page.get_first_root_node()
    codenames = set(group.page_permissions.filter(page=root).values_list("permission__codename", flat=True))
    assert {"add_page", "change_page", "publish_page"} <= codenames


def test_every_group_can_reach_the_admin(networks):
    for page in networks.values():
        group = Group.objects.get(name=network_group_name(page))
        assert group.permissions.filter(codename="access_admin").exists()


def test_each_network_has_its_own_collections(editors, networks):
    for slug, editor in editors.items():
        own = Collection.objects.get(name=network_collection_name(networks[slug]))
        for model in (get_image_model(), get_document_model()):
            policy = policy_registry.get_by_type(model)
            allowed = set(policy.collections_user_has_permission_for(editor, "add"))
            assert allowed == {own}


def test_the_whole_tree_goes_through_the_regional_workflow(networks):
    root = Page.get_first_root_node()
    assert WorkflowPage.objects.get(page=root).workflow.name == WORKFLOW_NAME
    for page in networks.values():
        assert page.get_workflow().name == WORKFLOW_NAME


def sync_translations(client, user, source):
    client.force_login(user)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    return client.get(url), client.post(url, {})


def test_the_regional_group_syncs_translations_and_network_groups_do_not(client, regional_editor, editors):
    source = TranslationSource.objects.filter(translations__enabled=True).order_by("pk").first()
    assert source is not None, "the seed has English translations"
    before = source.last_updated_at
    shown, synced = sync_translations(client, regional_editor, source)
    assert shown.status_code == 200
    assert synced.status_code == 302
    source.refresh_from_db()
    assert source.last_updated_at > before
    refused, _refused = sync_translations(client, editors["lecco"], source)
    assert refused.status_code in (302, 403)
    assert TranslationSource.objects.get(pk=source.pk).last_updated_at == source.last_updated_at


def test_wagtail_default_groups_are_removed_while_empty(db, django_user_model):
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    kept = Group.objects.create(name="Moderators")
    django_user_model.objects.create_user("ancora-moderatore", "m@example.org", "unused-password-123").groups.add(kept)
    Group.objects.create(name="Editors")
    call_command("setup_editorial_groups", verbosity=0)
    assert list(Group.objects.filter(name__in=["Editors", "Moderators"]).values_list("name", flat=True)) == [
        "Moderators"
    ]
