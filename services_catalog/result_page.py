"""One page of the catalogue's results, selected inside the facet statement.

The statement already holds the text query's matches and the filters' flags as a common table
expression (services_catalog.facets); ordering those rows there and keeping one page of
keys saves a second statement that evaluated the text query and every filter again (about
20 ms on SQLite and 10 ms on PostgreSQL for a query matching 10,000 services). The order
is a QuerySet ordering (names or expressions) whose terms become columns of the CTE; the
page's rows are selected with ORDER BY ... LIMIT and numbered with ROW_NUMBER() over the same
order (every catalogue order ends with the key, so there are no ties)."""

from dataclasses import dataclass

from django.db.models import F, OrderBy

PAGE = "__pagina__"


def as_order_by(term):
    """A QuerySet ordering term ("title", "-pk", an expression) as an OrderBy."""
    if isinstance(term, OrderBy):
        return term
    if isinstance(term, str):
        return OrderBy(F(term[1:]), descending=True) if term.startswith("-") else OrderBy(F(term))
    return term.asc()


@dataclass
class PageSlice:
    """Rows `offset` + 1 to `offset` + `limit` in `ordering`; `ordering=None`: the order of
    the queryset itself (a searched queryset: the search backend's relevance), else by key."""

    offset: int
    limit: int
    ordering: tuple | None = None

    def annotate(self, queryset):
        """`queryset` with one `order_<i>` column per ordering term (the ordering must be total:
        every catalogue order ends with the key), those columns' names and the ORDER BY list."""
        ordering = self.ordering if self.ordering is not None else (queryset.query.order_by or ("pk",))
        terms = [as_order_by(term) for term in ordering]
        names = [f"order_{index}" for index in range(len(terms))]
        pairs = list(zip(names, terms, strict=True))
        order = ", ".join(f"{name}{direction(term)}" for name, term in pairs)
        return queryset.annotate(**{name: term.expression for name, term in pairs}), names, order

    def sql(self, source, where, order):
        """The union member selecting (PAGE, key, position) from the CTE `source` (its name,
        `where`, a condition on flag columns, and `order` are the statement's own)."""
        # ORDER BY with LIMIT keeps only the page's rows while sorting (a top-N sort, not a sort
        # of every service); the outer numbering keeps their order through the UNION.
        page = f"SELECT * FROM {source} WHERE {where} ORDER BY {order} LIMIT %s OFFSET %s"  # noqa: S608
        sql = (
            f"SELECT %s AS facet, CAST(pk AS TEXT) AS value, ROW_NUMBER() OVER (ORDER BY {order}) AS n "  # noqa: S608
            f"FROM ({page}) AS page_rows"
        )
        return sql, [PAGE, self.limit, self.offset]


def direction(term):
    suffix = " DESC" if term.descending else " ASC"
    if term.nulls_last:
        suffix += " NULLS LAST"
    elif term.nulls_first:
        suffix += " NULLS FIRST"
    return suffix
