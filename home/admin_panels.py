"""The admin dashboard's «da completare» panels: one component, one template; each app
says which pages it lists and what they are called."""

from wagtail.admin.ui.components import Component


class IncompletePagesPanel(Component):
    """Lists pages whose `missing_information()` is not empty, linked to their edit view.
    Subclasses set the texts and `pages()`; `limit` caps the rows (the total is shown)."""

    template_name = "home/admin/incomplete_pages_panel.html"
    heading = ""
    page_label = ""
    all_complete = ""
    show_network = True
    limit = None

    def pages(self):
        raise NotImplementedError

    def count_message(self, total):
        return ""

    def get_context_data(self, parent_context):
        pages = self.pages()
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
