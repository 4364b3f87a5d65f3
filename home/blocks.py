"""StreamField blocks shared by every page type of the site.

Figures are content: every number shown on the site is a block value that
editors change in the admin, never a literal in a template."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Titolo di sezione")
        template = "components/blocks/heading.html"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "ol", "ul", "h3", "h4", "document-link"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Testo")
        template = "components/blocks/paragraph.html"


def plain_number(value):
    """A decimal as people type it: 966, 12972, 3.5 (no trailing zeros, no thousands separator)."""
    return "" if value is None else format(value.normalize(), "f")


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.DecimalBlock(
        label=_("Valore"), max_digits=16, decimal_places=2, help_text=_("Il numero, senza separatori delle migliaia.")
    )
    unit = blocks.CharBlock(label=_("Unità"), required=False, max_length=20, help_text=_("Ad esempio € o %."))
    label = blocks.CharBlock(label=_("Etichetta"), max_length=200)
    note = blocks.CharBlock(label=_("Nota"), required=False, max_length=300)

    class Meta:
        icon = "order"
        label = _("Cifra")

    def get_searchable_content(self, value):
        """The number too ("966 enti"): Wagtail's DecimalBlock gives search nothing."""
        return [plain_number(value["value"]), *super().get_searchable_content(value)]


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titolo"), max_length=200)
    intro = blocks.TextBlock(label=_("Introduzione"), required=False)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Cifre"), min_num=1)
    source = blocks.CharBlock(label=_("Fonte"), required=False, max_length=300)

    class Meta:
        icon = "table"
        label = _("Cifre chiave")
        template = "components/blocks/key_figures.html"


class BulletListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titolo"), required=False, max_length=200)
    intro = blocks.TextBlock(label=_("Introduzione"), required=False)
    numbered = blocks.BooleanBlock(label=_("Elenco numerato"), required=False)
    items = blocks.ListBlock(blocks.TextBlock(label=_("Voce")), label=_("Voci"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Elenco")
        template = "components/blocks/bullet_list.html"


class ArticleBlock(blocks.StructBlock):
    """An article of the agreement with its numbered points (e.g. Article 1 – Objectives)."""

    number = blocks.IntegerBlock(label=_("Numero dell'articolo"), min_value=1)
    title = blocks.CharBlock(label=_("Rubrica"), max_length=200)
    points = blocks.ListBlock(blocks.TextBlock(label=_("Punto")), label=_("Punti"), min_num=1)

    class Meta:
        icon = "doc-full"
        label = _("Articolo")
        template = "components/blocks/article.html"

    def get_searchable_content(self, value):
        """ "Articolo 2" too, as the page shows it: Wagtail's IntegerBlock gives search nothing."""
        return [f"{_('Articolo')} {value['number']}", *super().get_searchable_content(value)]


class BarBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Voce"), max_length=200)
    value = blocks.DecimalBlock(label=_("Valore"), max_digits=10, decimal_places=2, min_value=0)

    class Meta:
        label = _("Barra")


class BarChartBlock(blocks.StructBlock):
    """A bar chart drawn on the server as SVG, with a table as its text equivalent."""

    title = blocks.CharBlock(label=_("Titolo"), max_length=200)
    description = blocks.TextBlock(label=_("Descrizione"), required=False)
    unit = blocks.CharBlock(label=_("Unità"), required=False, max_length=20, default="%")
    maximum = blocks.DecimalBlock(
        label=_("Valore massimo della scala"),
        required=False,
        max_digits=10,
        decimal_places=2,
        help_text=_("Per le percentuali 100; vuoto per usare il valore più alto."),
    )
    bars = blocks.ListBlock(BarBlock(), label=_("Barre"), min_num=1)
    note = blocks.TextBlock(label=_("Nota"), required=False)
    source = blocks.CharBlock(label=_("Fonte"), required=False, max_length=300)

    class Meta:
        icon = "table"
        label = _("Grafico a barre")
        template = "components/blocks/bar_chart.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        bars = list(value["bars"])
        scale = value["maximum"] or max((bar["value"] for bar in bars), default=Decimal(1)) or Decimal(1)
        # Each row: the label above its bar, the value right of the bar's end (SVG text, so the
        # chart reads without the table and without JavaScript).
        row_height, bar_area = 56, 320
        rows = []
        for index, bar in enumerate(bars):
            width = float(min(bar["value"], scale) / scale) * bar_area
            top = index * row_height
            rows.append(
                {
                    "label": bar["label"],
                    "value": bar["value"],
                    "width": round(width, 1),
                    "y": top + 24,
                    "label_y": top + 18,
                    "value_x": round(width + 8, 1),
                    "value_y": top + 41,
                }
            )
        context["chart_rows"] = rows
        context["chart_height"] = row_height * len(bars)
        return context


class AmountItemBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label=_("Voce"),
        required=False,
        max_length=200,
        help_text=_("Lasciare vuoto se la fonte non riporta l'etichetta: il sito lo dichiara."),
    )
    amount = blocks.DecimalBlock(label=_("Importo (€)"), max_digits=16, decimal_places=2, min_value=0)

    class Meta:
        label = _("Importo")


class AmountBreakdownBlock(blocks.StructBlock):
    """Amounts that add up to a stated total; saving fails if they do not."""

    title = blocks.CharBlock(label=_("Titolo"), max_length=200)
    intro = blocks.TextBlock(label=_("Introduzione"), required=False)
    items = blocks.ListBlock(AmountItemBlock(), label=_("Voci"), min_num=1)
    total = blocks.DecimalBlock(
        label=_("Totale dichiarato (€)"),
        max_digits=16,
        decimal_places=2,
        help_text=_("Deve essere uguale alla somma delle voci."),
    )
    note = blocks.TextBlock(label=_("Nota"), required=False)
    source = blocks.CharBlock(label=_("Fonte"), required=False, max_length=300)

    class Meta:
        icon = "table"
        label = _("Scomposizione di importi")
        template = "components/blocks/amount_breakdown.html"

    def clean(self, value):
        value = super().clean(value)
        computed = sum((item["amount"] for item in value["items"]), Decimal(0))
        if computed != value["total"]:
            raise StructBlockValidationError(
                block_errors={
                    "total": ValidationError(
                        _("La somma delle voci (%(computed)s) non corrisponde al totale dichiarato."),
                        params={"computed": computed},
                    )
                }
            )
        return value


class EntryPointBlock(blocks.StructBlock):
    """A call to action for one audience (families, companies, editors)."""

    title = blocks.CharBlock(label=_("Titolo"), max_length=120)
    text = blocks.TextBlock(label=_("Testo"))
    page = blocks.PageChooserBlock(label=_("Pagina"), required=False)
    url = blocks.CharBlock(
        label=_("Indirizzo"),
        required=False,
        max_length=300,
        help_text=_("Da usare solo se non si sceglie una pagina, ad esempio /admin/."),
    )
    link_text = blocks.CharBlock(label=_("Testo del collegamento"), max_length=80)

    class Meta:
        icon = "link"
        label = _("Punto di accesso")

    def clean(self, value):
        value = super().clean(value)
        if not value["page"] and not value["url"]:
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Scegliere una pagina o indicare un indirizzo."))}
            )
        return value


class EntryPointsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titolo"), max_length=200)
    entries = blocks.ListBlock(EntryPointBlock(), label=_("Punti di accesso"), min_num=1)

    class Meta:
        icon = "group"
        label = _("Punti di accesso per pubblico")
        template = "components/blocks/entry_points.html"


class PageBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    key_figures = KeyFiguresBlock()
    list = BulletListBlock()
    article = ArticleBlock()
    bar_chart = BarChartBlock()
    amount_breakdown = AmountBreakdownBlock()
    entry_points = EntryPointsBlock()

    class Meta:
        block_counts = {}
