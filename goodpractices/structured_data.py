"""schema.org JSON-LD for a practice: a `Project` (an Organization subtype) run within
its territorial network. Built as a dict; serialised by the catalogue's json_ld_script."""

from home.site_url import absolute_url


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
        data["image"] = absolute_url(url)
    return data
