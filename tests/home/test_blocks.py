from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from home.blocks import AmountBreakdownBlock, BarChartBlock, EntryPointBlock
from home.templatetags.site_tags import figure


def breakdown(total):
    block = AmountBreakdownBlock()
    return block, block.to_python(
        {"title": "Risorse", "items": [{"label": "", "amount": "10"}, {"label": "", "amount": "5.50"}], "total": total}
    )


def test_breakdown_accepts_amounts_that_add_up():
    block, value = breakdown("15.50")
    assert block.clean(value)["total"] == Decimal("15.50")


def test_breakdown_rejects_a_total_that_does_not_add_up():
    block, value = breakdown("16")
    with pytest.raises(ValidationError):
        block.clean(value)


def test_entry_point_needs_a_page_or_an_address():
    block = EntryPointBlock()
    value = block.to_python({"title": "Imprese", "text": "Testo", "page": None, "url": "", "link_text": "Vai"})
    with pytest.raises(ValidationError):
        block.clean(value)


def test_bar_chart_scales_bars_to_the_maximum():
    block = BarChartBlock()
    value = block.to_python(
        {
            "title": "Azioni",
            "unit": "%",
            "maximum": "100",
            "bars": [{"label": "A", "value": "23"}, {"label": "B", "value": "50"}],
        }
    )
    rows = block.get_context(value)["chart_rows"]
    # Widths on the 320-unit bar area: 23% and 50% of it.
    assert [row["width"] for row in rows] == [73.6, 160.0]


def test_bar_chart_draws_its_labels_and_values_in_the_svg():
    from django.utils import translation

    block = BarChartBlock()
    value = block.to_python(
        {
            "title": "Azioni",
            "unit": "%",
            "maximum": "100",
            "bars": [{"label": "Voucher", "value": "23"}, {"label": "Comunicazione", "value": "29.5"}],
        }
    )
    with translation.override("it"):
        svg = block.render(value).split("<svg", 1)[1].split("</svg>", 1)[0]
    assert '<text class="bar-label" x="0" y="18">Voucher</text>' in svg
    assert '<text class="bar-label" x="0" y="74">Comunicazione</text>' in svg
    assert ">23%</text>" in svg and ">29,50%</text>" in svg
    # Coordinates stay machine numbers whatever the language's decimal separator.
    assert 'width="94.4"' in svg


@pytest.mark.parametrize(
    ("value", "expected"),
    [(Decimal("4354"), "4.354"), (Decimal("668000.00"), "668.000"), (Decimal("12.5"), "12,50"), (15, "15")],
)
def test_figures_are_formatted_the_italian_way(value, expected):
    from django.utils import translation

    with translation.override("it"):
        assert figure(value) == expected
