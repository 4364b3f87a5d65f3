"""Small builders for StreamField raw data, so the seed reads as content."""

SOURCE = "DGR X/1081 e monitoraggio delle Reti territoriali di conciliazione (slide regionali, 2015)"


def heading(text):
    return {"type": "heading", "value": text}


def paragraph(html):
    return {"type": "paragraph", "value": html}


def bullet_list(items, title="", intro="", numbered=False):
    return {"type": "list", "value": {"title": title, "intro": intro, "numbered": numbered, "items": list(items)}}


def figure(value, label, unit="", note=""):
    return {"value": str(value), "unit": unit, "label": label, "note": note}


def key_figures(title, figures, intro="", source=SOURCE):
    return {"type": "key_figures", "value": {"title": title, "intro": intro, "figures": figures, "source": source}}


def article(number, title, points):
    return {"type": "article", "value": {"number": number, "title": title, "points": list(points)}}


def bar_chart(title, bars, description="", note="", unit="%", maximum="100", source=SOURCE):
    return {
        "type": "bar_chart",
        "value": {
            "title": title,
            "description": description,
            "unit": unit,
            "maximum": maximum,
            "bars": [{"label": label, "value": str(value)} for label, value in bars],
            "note": note,
            "source": source,
        },
    }


def amount_breakdown(title, amounts, total, intro="", note="", source=SOURCE):
    return {
        "type": "amount_breakdown",
        "value": {
            "title": title,
            "intro": intro,
            "items": [{"label": label, "amount": str(amount)} for label, amount in amounts],
            "total": str(total),
            "note": note,
            "source": source,
        },
    }


def entry_points(title, entries):
    return {
        "type": "entry_points",
        "value": {
            "title": title,
            "entries": [
                {"title": t, "text": text, "page": None, "url": url, "link_text": link_text}
                for t, text, url, link_text in entries
            ],
        },
    }
