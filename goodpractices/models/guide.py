"""The guide for companies («Per le imprese»): an index page with the networks' forms of
support and the welfare planner, and one page per objective of the shared taxonomy, which
lists every measure (Action) of that objective with its practices and services."""

from django.db import models
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from home.models import NetworkIndexPage
from home.models.pages import BasePage
from services_catalog.jsonld import json_ld_script


class CompanyGuidePage(RoutablePageMixin, BasePage):
    """«Per le imprese»: the objectives, what the networks do for companies, the planner."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["goodpractices.GuideObjectivePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("guida per le imprese")

    def objective_pages(self):
        return (
            GuideObjectivePage.objects.child_of(self)
            .live()
            .public()
            .select_related("objective")
            .order_by("objective__number", "path")
        )

    def planner_url(self):
        return self.url + self.reverse_subpage("planner")

    def planner_csv_url(self):
        return self.url + self.reverse_subpage("planner_csv")

    def get_context(self, request, *args, **kwargs):
        from goodpractices.guide.structured_data import guide_data
        from goodpractices.guide.support import support_forms

        context = super().get_context(request, *args, **kwargs)
        context["objective_pages"] = self.objective_pages()
        context["support_forms"] = support_forms(self.locale)
        context["network_index"] = NetworkIndexPage.objects.live().filter(locale=self.locale).first()
        context["json_ld"] = json_ld_script(guide_data(self, context["objective_pages"], request))
        return context

    @path("")
    def guide(self, request):
        return self.render(request)

    @path("piano/", name="planner")
    def planner(self, request):
        from goodpractices.guide.planner import Planner

        return self.render(
            request,
            template="goodpractices/welfare_plan.html",
            context_overrides={"planner": Planner(self, request.GET)},
        )

    @path("piano/csv/", name="planner_csv")
    def planner_csv(self, request):
        from goodpractices.guide.plan_csv import plan_csv
        from goodpractices.guide.planner import Planner

        planner = Planner(self, request.GET)
        if not planner.plan:
            return self.planner(request)
        response = HttpResponse(plan_csv(planner.plan, request), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="piano-welfare.csv"'
        return response

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        if urls:
            planner = self.get_full_url(request) + self.reverse_subpage("planner")
            urls.append({"location": planner, "lastmod": urls[0].get("lastmod")})
        return urls


class GuideObjectivePage(BasePage):
    """One objective of the taxonomy for companies: its measures, each with the practices
    that used it, the catalogue's services that offer it per network and the catalogue link."""

    objective = models.ForeignKey(
        "home.Objective",
        verbose_name=_("obiettivo"),
        on_delete=models.PROTECT,
        related_name="guide_pages",
        help_text=_("Le misure elencate sono le azioni attuabili di questo obiettivo, nell'ordine della fonte."),
    )

    parent_page_types = ["goodpractices.CompanyGuidePage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [FieldPanel("objective")]
    search_fields = BasePage.search_fields + [
        index.SearchField("measure_names", boost=2),
        index.SearchField("measure_descriptions"),
        index.AutocompleteField("title"),
    ]

    class Meta:
        verbose_name = _("obiettivo della guida per le imprese")
        verbose_name_plural = _("obiettivi della guida per le imprese")

    def measures(self):
        """The objective's measures in the source's order."""
        return self.objective.actions.order_by("sort_order") if self.objective_id else []

    def measure_names(self):
        return "\n".join(action.title for action in self.measures())

    def measure_descriptions(self):
        return "\n".join(action.description for action in self.measures() if action.description)

    def get_context(self, request, *args, **kwargs):
        from goodpractices.guide.measures import measure_entries
        from goodpractices.guide.structured_data import objective_data

        context = super().get_context(request, *args, **kwargs)
        context["guide"] = self.get_parent().specific
        context["measures"] = measure_entries(self.measures(), self.locale)
        context["json_ld"] = json_ld_script(objective_data(self, context["measures"], request))
        return context
