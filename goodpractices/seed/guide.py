"""The guide for companies (/per-le-imprese/): its index page, with the source's own
sentence introducing the objectives, and one page per objective, titled as the source
titles it. The measures themselves are the shared taxonomy (home/seed/taxonomy.py)."""

GUIDE = {
    "title": "Per le imprese",
    "slug": "per-le-imprese",
    "intro": (
        "<p>È possibile realizzare diversi tipi di azione di promozione della conciliazione famiglia-lavoro "
        "che impattano positivamente sul benessere sul luogo di lavoro.</p>"
    ),
}
