"""schema.org GovernmentService JSON-LD for a service sheet, built as a Python dict and
serialised with json.dumps (never by string templating)."""

import json

from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe

SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PROVIDER_TYPES = {
    "public": "GovernmentOrganization",
    "private": "Corporation",
    "third_sector": "NGO",
}


def postal_address(location):
    address = {"@type": "PostalAddress", "addressLocality": location.municipality, "addressCountry": "IT"}
    if location.address:
        address["streetAddress"] = location.address
    if location.postal_code:
        address["postalCode"] = location.postal_code
    if location.province:
        address["addressRegion"] = location.province
    return address


def opening_hours(location):
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"https://schema.org/{SCHEMA_DAYS[slot.weekday]}",
            "opens": slot.opens.strftime("%H:%M"),
            "closes": slot.closes.strftime("%H:%M"),
        }
        for slot in location.hours.all()
    ]


def service_channel(service, location):
    channel = {"@type": "ServiceChannel", "serviceLocation": {"@type": "Place", "address": postal_address(location)}}
    if location.name:
        channel["serviceLocation"]["name"] = location.name
    if location.latitude is not None:
        channel["serviceLocation"]["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(location.latitude),
            "longitude": float(location.longitude),
        }
    hours = opening_hours(location)
    if hours:
        channel["serviceLocation"]["openingHoursSpecification"] = hours
    if service.contact_phone:
        channel["servicePhone"] = {"@type": "ContactPoint", "telephone": service.contact_phone}
    if service.contact_website:
        channel["serviceUrl"] = service.contact_website
    return channel


def provider(service):
    if not service.provider_name:
        return None
    return {"@type": PROVIDER_TYPES.get(service.provider_kind, "Organization"), "name": service.provider_name}


def offers(service):
    offer = {"@type": "Offer", "priceCurrency": "EUR"}
    if service.is_free:
        offer["price"] = 0
    elif service.cost_description:
        offer["description"] = service.cost_description
    else:
        return None
    return offer


def audience(service):
    audiences = [{"@type": "Audience", "audienceType": item.name} for item in service.audiences.all()]
    if service.age_min_months is not None or service.age_max_months is not None:
        people = {"@type": "PeopleAudience"}
        if service.age_min_months is not None:
            people["suggestedMinAge"] = round(service.age_min_months / 12, 1)
        if service.age_max_months is not None:
            people["suggestedMaxAge"] = round(service.age_max_months / 12, 1)
        audiences.append(people)
    return audiences


def government_service(service, request=None):
    """The JSON-LD object for one ServicePage."""
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "@id": f"urn:uuid:{service.uuid}",
        "name": service.title,
        "description": service.short_description,
        "url": service.get_full_url(request=request),
        "serviceType": [objective.title for objective in service.objectives.all()],
        "category": [action.title for action in service.actions.all()],
    }
    locations = list(service.locations.all())
    area = [{"@type": "City", "name": location.municipality} for location in locations]
    if service.network is not None:
        area.append({"@type": "AdministrativeArea", "name": service.network.territory})
    optional = {
        "provider": provider(service),
        "areaServed": area,
        "audience": audience(service),
        "availableChannel": [service_channel(service, location) for location in locations],
        "hoursAvailable": [slot for location in locations for slot in opening_hours(location)],
        "offers": offers(service),
        "availableLanguage": [lang.strip() for lang in service.languages.split(",") if lang.strip()],
        "serviceOperator": provider(service),
    }
    if service.contact_email or service.contact_phone:
        optional["contactPoint"] = {
            key: value
            for key, value in (
                ("@type", "ContactPoint"),
                ("email", service.contact_email),
                ("telephone", service.contact_phone),
            )
            if value
        }
    if service.current_status != "active":
        optional["disambiguatingDescription"] = f"{service.current_status_label}: {service.status_reason}"
    data.update({key: value for key, value in optional.items() if value})
    return data


def json_ld_script(data):
    """The <script type="application/ld+json"> element, escaped like Django's json_script."""
    payload = json.dumps(data, ensure_ascii=False).translate(_json_script_escapes)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308
