"""Faceted listings (the service catalogue, the good-practice library): each listing declares
its facets once, as rows of a table of `Facet`, and the filters, the conditions, the counts and
the tests' reference are generated from that table (docs/facets.md).

One policy for a bad parameter value: the value is dropped, the field's Italian message is
shown in the listing's form, the other values and filters still apply, and the page answers
400 (`status_of`). This module is the base app's: it knows no listing's models."""

from dataclasses import dataclass

import django_filters
from django import forms
from django.db.models import Count, Q, TextField
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

MULTI = "multi"  # several values, a page matching any of them (checkboxes)
CHOICE = "choice"  # one value of a list (a select)
FLAG = "flag"  # a three-valued boolean (yes, no, not known): «1» keeps the yes only (a checkbox)
COMPOSITE = "composite"  # each value is a union of other facets' values (the catalogue's needs)
KINDS = (MULTI, CHOICE, FLAG, COMPOSITE)
MAX_VALUES_PER_PARAMETER = 50
YES = [("1", _("sì"))]


@dataclass(frozen=True)
class Facet:
    """One facet of a listing: the URL's parameter, its legend, the ORM path from the listed
    page to the value (`objectives__slug`), its kind. `choices` is the (value, label) list
    when it does not depend on the language, else `options` (a Vocabulary) loads it per
    language; `parts` maps each value of a COMPOSITE facet to {other parameter: values};
    `indexed` names the search engine's field when it differs from the path."""

    param: str
    label: str
    path: str = ""
    kind: str = MULTI
    choices: tuple = ()
    parts: dict | None = None
    empty_label: str = ""  # a CHOICE's «any value» option
    indexed: str = ""
    options: object = None
    numeric: bool = False  # the engine indexes the values as integers

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"{self.param}: unknown kind {self.kind!r}")
        if (self.kind == COMPOSITE) != (self.parts is not None) or (self.kind != COMPOSITE and not self.path):
            raise ValueError(f"{self.param}: a composite facet has parts, any other a path")

    @property
    def static_choices(self):
        return list(YES) if self.kind == FLAG else list(self.choices)

    @property
    def index_field(self):
        return self.indexed or self.path.replace("__", "_")


@dataclass(frozen=True)
class Vocabulary:
    """The values a facet offers in a language: the `slug` and `label` (a field or an
    expression) of the rows of `queryset` in that locale, in `order`; `group` (optional)
    names each value's heading in the form."""

    queryset: object
    label: object
    order: tuple = ()
    group: object = None

    def __call__(self, locale):
        rows = self.queryset.filter(locale=locale)
        if self.order:
            rows = rows.order_by(*self.order)
        columns = ("slug", self.label) if self.group is None else ("slug", self.label, self.group)
        return list(rows.values_list(*columns))


def load_options(facets, locale):
    """({parameter: [(value, label)]}, {parameter: {value: group}}) of the facets whose values
    depend on the language: one query per such facet."""
    choices, groups = {}, {}
    for facet in facets:
        if facet.options is not None:
            rows = facet.options(locale)
            choices[facet.param] = [(row[0], row[1]) for row in rows]
            if facet.options.group is not None:
                groups[facet.param] = {row[0]: row[2] for row in rows}
    return choices, groups


def engine_fields(facets):
    """(parameter, indexed field name, value type: "keyword", "number" or "flag") of every
    facet a search engine's aggregations count: a composite one only when the engine indexes
    its values (`indexed`)."""
    return [
        (facet.param, facet.index_field, engine_type(facet))
        for facet in facets
        if facet.kind != COMPOSITE or facet.indexed
    ]


def engine_type(facet):
    if facet.kind == FLAG:
        return "flag"
    return "number" if facet.numeric else "keyword"


# Links: where a facet's values are stored ---------------------------------------------------


def links(model, path, object_column="pk"):
    """(model holding the values, its column naming the listed page, the value's path on it)
    for `path` from `model`: a many-to-many goes to its link table, a reverse foreign key to
    the related rows; a value on the page itself (or through a foreign key) stays on `model`."""
    head, _sep, rest = path.partition("__")
    field = model._meta.get_field(head)
    if field.many_to_many and not field.auto_created:
        value = field.m2m_reverse_field_name() + (f"__{rest}" if rest else "")
        return field.remote_field.through, _through(field.m2m_field_name(), object_column), value
    if field.one_to_many and rest:
        return links(field.related_model, rest, _through(field.field.name, object_column))
    return model, object_column, path


def _through(foreign_key, column):
    return f"{foreign_key}_id" if column == "pk" else f"{foreign_key}__{column}"


def is_local(model, facet):
    """Whether the facet's value is read on the listed page's own row."""
    return facet.kind == FLAG or links(model, facet.path)[0] is model


def condition(model, facet, values, table=()):
    """The Q of `facet` with its cleaned `values` (a list, or one value): a page having any
    of them. Related values are a primary-key subquery, so a page never appears twice."""
    values = values if isinstance(values, list) else [values]
    if facet.kind == FLAG:
        return Q(**{facet.path: True})
    if facet.kind == COMPOSITE:
        by_param = {other.param: other for other in table}
        result = Q(pk__in=[])
        for value in values:
            for param, mapped in facet.parts[value].items():
                result |= condition(model, by_param[param], mapped, table)
        return result
    holder, object_column, value_path = links(model, facet.path)
    if holder is model:
        return Q(**{f"{value_path}__in": values})
    return Q(pk__in=holder.objects.filter(**{f"{value_path}__in": values}).values(object_column))


def grouped(model, facet, keys):
    """{value as a string: number of pages of `keys` (a values queryset) having it}: one
    grouped query (the reference the catalogue's index is held to, the library's counts)."""
    if facet.kind == FLAG:
        count = model.objects.filter(pk__in=keys, **{facet.path: True}).count()
        return {"1": count} if count else {}
    holder, object_column, value_path = links(model, facet.path)
    counts = grouped_counts(holder, object_column, value_path, keys)
    return {value: count for value, count in counts.items() if value not in (None, "")}  # not known: no value


def grouped_counts(model, object_field, value_field, keys):
    """{value: number of distinct objects} over the rows of `model` whose `object_field` is in
    `keys`: one grouped query, whatever the number of values."""
    rows = (
        model.objects.filter(**{f"{object_field}__in": keys})
        .values(value=Cast(value_field, TextField()))
        .annotate(n=Count(object_field, distinct=True))
        .order_by()
    )
    return {row["value"]: row["n"] for row in rows}


def linked_pairs(model, facet, keys):
    """(page key, value) pairs of `facet` for the pages `keys` (a values queryset), for a facet
    whose values are in another table than the page's."""
    holder, object_column, value_path = links(model, facet.path)
    return holder.objects.filter(**{f"{object_column}__in": keys}).values_list(object_column, value_path)


# Fields: keep the known values, report the others -------------------------------------------


class ValuesField(forms.MultipleChoiceField):
    """The known values of a multi-valued parameter; the unknown ones are `rejected`."""

    def clean(self, value):
        value = [value] if isinstance(value, str) else list(value or [])
        known = {str(key) for key, _label in self.choices}
        kept, unknown = [], []
        for item in value[:MAX_VALUES_PER_PARAMETER]:
            if item in known:
                if item not in kept:
                    kept.append(item)
            elif item:
                unknown.append(item)
        self.rejected = [unknown_values(unknown)] if unknown else []
        if len(value) > MAX_VALUES_PER_PARAMETER:
            self.rejected.append(_("Al massimo %(count)s valori.") % {"count": MAX_VALUES_PER_PARAMETER})
        return kept


class ValueField(forms.ChoiceField):
    """One value of a list; an unknown value is `rejected` and counts as no value."""

    def clean(self, value):
        value = value if isinstance(value, str) else ""
        self.rejected = []
        if value and value not in {str(key) for key, _label in self.choices}:
            self.rejected.append(unknown_values([value]))
            return ""
        return value


SHOWN_VALUES = 3
SHOWN_LENGTH = 40


def unknown_values(values):
    """The message for refused values, quoting the first few (printable, cut short)."""
    shown = []
    for value in values[:SHOWN_VALUES]:
        printable = "".join(character for character in value if character.isprintable())
        shown.append(f"«{printable[:SHOWN_LENGTH]}{'…' if len(printable) > SHOWN_LENGTH else ''}»")
    quoted = ", ".join(shown) + (", …" if len(values) > SHOWN_VALUES else "")
    if len(values) == 1:
        return _("%(value)s non è tra i valori disponibili.") % {"value": quoted}
    return _("%(values)s non sono tra i valori disponibili.") % {"values": quoted}


class ListingForm(forms.Form):
    """A listing's form: a field's rejected values are reported as its errors while the values
    it kept stay applied."""

    def _post_clean(self):
        super()._post_clean()
        for name, field in self.fields.items():
            for message in getattr(field, "rejected", ()):
                self._errors.setdefault(name, self.error_class()).append(message)


class ValuesFilter(django_filters.MultipleChoiceFilter):
    field_class = ValuesField


class ValueFilter(django_filters.ChoiceFilter):
    field_class = ValueField


def facet_filters(facets):
    """{parameter: django-filter filter} of a table, each applying its facet's condition
    through the FilterSet's `filter_facet`."""
    filters = {}
    for facet in facets:
        filter_class = ValuesFilter if facet.kind in (MULTI, COMPOSITE) else ValueFilter
        filters[facet.param] = filter_class(label=facet.label, choices=facet.static_choices, method="filter_facet")
    return filters


class ListingFilterSet(django_filters.FilterSet):
    """A FilterSet whose facet filters come from a table (`listing_filterset`). `choices` maps
    a parameter to its (value, label) list when the language decides it."""

    table = ()
    FACETS = ()  # the table's parameters, in its order

    class Meta:
        form = ListingForm

    def __init__(self, data=None, queryset=None, *, choices=None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        for name, values in (choices or {}).items():
            if name in self.filters:
                self.filters[name].extra["choices"] = values

    @classmethod
    def facet(cls, name):
        return next(facet for facet in cls.table if facet.param == name)

    def filter_facet(self, queryset, name, value):
        return queryset.filter(self.condition(name, value))

    def condition(self, name, value):
        """The Q of parameter `name` with its cleaned `value`."""
        return condition(self._meta.model, self.facet(name), value, self.table)


def listing_filterset(base, facets):
    """A subclass of `base` (a ListingFilterSet with the listing's model, its own filters and
    form) with one filter per row of `facets`, in the table's order, before base's own."""
    names = tuple(facet.param for facet in facets)
    generated = type(base.__name__, (base,), {"table": tuple(facets), "FACETS": names, **facet_filters(facets)})
    filters = generated.base_filters
    generated.base_filters = {name: filters[name] for name in (*names, *filters) if name in filters}
    return generated


# The bad-value policy ---------------------------------------------------------------------


def form_errors(form):
    """[(label, message)] of a listing form's errors, in the form's order."""
    errors = form.errors
    return [
        (str(field.label), str(message)) for name, field in form.fields.items() for message in errors.get(name, ())
    ] + [("", str(message)) for message in errors.get("__all__", ())]


def status_of(errors):
    """400 when a parameter's value was refused (the page still shows what the rest finds)."""
    return 400 if errors else 200
