"""Template helpers of the library: the practices of one network, for its page (so
`home` never imports this app)."""

from django import template

from goodpractices.models import GoodPracticePage

register = template.Library()


@register.inclusion_tag("goodpractices/components/network_practices.html", takes_context=True)
def network_practices(context, network):
    practices = (
        GoodPracticePage.objects.live()
        .public()
        .filter(network=network)
        .select_related("network", "period")
        .prefetch_related("kinds", "indicators")
        .order_by("title")
    )
    return {"request": context.get("request"), "network": network, "practices": practices}
