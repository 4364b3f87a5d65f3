"""schema.org JSON-LD for a practice: a `Project` (an Organization subtype) run within
its territorial network. Serialised on the server, safe to embed in a script element."""

import json

SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def project_data(page, request=None):
    data = {
        "@context": "https://schema.org",
        "@type": "Project",
        "name": page.title,
        "description": page.summary,
        "url": page.get_full_url(request),
        "inLanguage": page.locale.language_code,
    }
    network = page.network
    if network is not None:
        data["parentOrganization"] = {
            "@type": "Organization",
            "name": network.title,
            "url": network.get_full_url(request),
        }
        data["areaServed"] = {"@type": "AdministrativeArea", "name": network.territory}
    keywords = [str(kind) for kind in page.kinds.all()] + [action.title for action in page.actions.all()]
    if keywords:
        data["keywords"] = ", ".join(keywords)
    objectives = [objective.title for objective in page.objectives.all()]
    if objectives:
        data["knowsAbout"] = objectives
    first_image = page.images.select_related("image").first()
    if first_image is not None:
        url = first_image.image.file.url
        data["image"] = request.build_absolute_uri(url) if request else url
    return data


def to_script_json(data):
    """JSON for an inline <script type="application/ld+json">: no «</script>» can close it early."""
    return json.dumps(data, ensure_ascii=False).translate(SCRIPT_ESCAPES)
