"""The admin dashboard's «da completare» panels: one component, one template; each app
says which pages it lists and what they are called."""

from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy


class IncompletePagesPanel(Component):
    """Lists pages whose `missing_information()` is not empty, linked to their edit view, among
    the pages the user may edit (a network's editors see their network's pages, never a link
    that would refuse them). Subclasses set the texts and `pages()`; `limit` caps the rows
    (the total is shown)."""

    template_name = "home/admin/incomplete_pages_panel.html"
    heading = ""
    page_label = ""
    all_complete = ""
    show_network = True
    limit = None

    def __init__(self, user):
        self.user = user

    def pages(self):
        raise NotImplementedError

    def editable(self, pages):
        editable = PagePermissionPolicy().instances_user_has_any_permission_for(self.user, ["change"])
        return pages.filter(pk__in=editable.values("pk"))

    def count_message(self, total):
        return ""

    def get_context_data(self, parent_context):
        pages = self.editable(self.pages())
        listed = pages[: self.limit] if self.limit else pages
        rows = [(page, missing) for page in listed if (missing := page.missing_information())]
        return {
            "panel_id": self.name.replace("_", "-"),
            "heading": self.heading,
            "page_label": self.page_label,
            "all_complete": self.all_complete,
            "show_network": self.show_network,
            "count_message": self.count_message(pages.count()) if self.limit and rows else "",
            "rows": rows,
        }
