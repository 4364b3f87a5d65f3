import re
from html.parser import HTMLParser


def results_count(html):
    match = re.search(r'id="results-count">(\d+) buon[ae] pratic[ah]e?<', html)
    assert match, "result count not found"
    return int(match.group(1))


class FacetParser(HTMLParser):
    """Reads the filter form: {param: {value: (count, checked)}}."""

    def __init__(self):
        super().__init__()
        self.facets = {}
        self.pending = None
        self.label_for = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("type") == "checkbox":
            self.pending = (attrs["id"], attrs["name"], attrs["value"], "checked" in attrs)
            self.facets.setdefault(attrs["name"], {})
        if tag == "label" and self.pending and attrs.get("for") == self.pending[0]:
            self.label_for = self.pending

    def handle_data(self, data):
        if self.label_for:
            match = re.search(r"\((\d+)\)", data)
            if match:
                _, name, value, checked = self.label_for
                self.facets[name][value] = (int(match.group(1)), checked)
                self.label_for = None


def facet_counts(html):
    parser = FacetParser()
    parser.feed(html)
    return {name: {value: count for value, (count, _) in options.items()} for name, options in parser.facets.items()}


def totals(html):
    """{label: displayed value} of the totals block."""
    block = html.split('class="mt-4 practice-totals"', 1)
    if len(block) == 1:
        return {}
    section = block[1].split("</section>", 1)[0]
    pairs = re.findall(
        r'<span class="figure-value">(.*?)</span>\s*<span class="figure-label">(.*?)</span>', section, re.S
    )
    return {label: re.sub(r"<[^>]+>", "", value).strip() for value, label in pairs}
