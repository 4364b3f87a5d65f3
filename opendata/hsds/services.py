"""A ServicePage as an HSDS 3.0 service: `service_summary` for listings (one-to-one
fields and the organisation, as `compiled/service_list.json`), `service_detail` fully
nested (as `compiled/service_with_definitions.json`). Unknown values are left out,
never sent empty or made up; the only empty strings are required address parts
(postal code, province) of an address whose street is known."""

from django.utils.translation import gettext as _

from opendata.hsds.identifiers import derived_id, organization_id
from opendata.hsds.taxonomy import service_term_keys, taxonomy_names, term_object, terms
from opendata.labels import choice_label, hours_label
from opendata.text import plain_text

# HSDS requires a status and has no «unknown»: a service nobody has verified is not
# published as active (docs/unknown-values.md); its alert says the status is not verified.
STATUS = {"active": "active", "suspended": "temporarily closed", "ended": "inactive", "unverified": "inactive"}
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
LANGUAGE_CODES = {
    "italiano": "it",
    "inglese": "en",
    "francese": "fr",
    "spagnolo": "es",
    "tedesco": "de",
    "portoghese": "pt",
    "arabo": "ar",
    "cinese": "zh",
    "rumeno": "ro",
    "romeno": "ro",
    "albanese": "sq",
    "ucraino": "uk",
    "russo": "ru",
    "polacco": "pl",
    "urdu": "ur",
    "bengalese": "bn",
    "hindi": "hi",
    "punjabi": "pa",
    "tagalog": "tl",
    "wolof": "wo",
}


def compact(data):
    """Drop the keys whose value is unknown (None, empty string or empty list)."""
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def years(months):
    return None if months is None else round(months / 12, 2)


def organization(service):
    if not service.provider_name.strip():
        return None
    kind = choice_label(service, "provider_kind")
    return compact(
        {
            "id": organization_id(service.provider_name),
            "name": service.provider_name.strip(),
            "description": kind or _("Ente erogatore di servizi di conciliazione famiglia-lavoro"),
            "legal_status": kind,
        }
    )


def service_summary(service, request):
    org = organization(service)
    return compact(
        {
            "id": str(service.uuid),
            "organization_id": org and org["id"],
            "name": service.title,
            "description": service.short_description,
            "url": service.contact_website or service.get_full_url(request),
            "email": service.contact_email,
            "status": STATUS[service.status],
            "application_process": plain_text(service.how_to),
            "fees_description": service.cost_description or (_("Gratuito") if service.is_free else ""),
            "eligibility_description": plain_text(service.target_audience),
            "minimum_age": years(service.age_min_months),
            "maximum_age": years(service.age_max_months),
            "assured_date": service.last_verified and service.last_verified.isoformat(),
            "alert": status_alert(service),
            "last_modified": service.last_published_at and service.last_published_at.isoformat(),
            "organization": org,
        }
    )


def status_alert(service):
    if service.status == "active":
        return ""
    if service.status == "unverified":
        return " ".join(filter(None, [_("Stato non verificato."), service.status_reason]))
    return service.status_reason


def service_detail(service, request, all_terms=None):
    data = service_summary(service, request)
    service_id = data["id"]
    phone = phone_object(service, service_id)
    data.update(
        compact(
            {
                "phones": [phone] if phone else [],
                "contacts": contacts(service, service_id, phone),
                "schedules": validity_schedules(service, service_id),
                "service_at_locations": [
                    service_at_location(service_id, location) for location in service.locations.all()
                ],
                "languages": languages(service, service_id),
                "cost_options": cost_options(service, service_id),
                "required_documents": required_documents(service, service_id),
                "attributes": taxonomy_attributes(service, service_id, all_terms or terms()),
            }
        )
    )
    return data


def phone_object(service, service_id):
    if not service.contact_phone:
        return None
    return {"id": derived_id("phone", service_id), "service_id": service_id, "number": service.contact_phone}


def contacts(service, service_id, phone):
    if not (service.contact_email or phone):
        return []
    contact_id = derived_id("contact", service_id)
    contact_phones = (
        [{**phone, "id": derived_id("contact_phone", service_id), "contact_id": contact_id}] if phone else []
    )
    return [
        compact(
            {
                "id": contact_id,
                "service_id": service_id,
                "name": service.provider_name.strip(),
                "email": service.contact_email,
                "phones": contact_phones,
            }
        )
    ]


def validity_schedules(service, service_id):
    """When the service runs (valid from/to) and the registration window."""
    schedules = []
    if service.valid_from or service.valid_to:
        schedules.append(
            compact(
                {
                    "id": derived_id("schedule", service_id, "validity"),
                    "service_id": service_id,
                    "valid_from": service.valid_from and service.valid_from.isoformat(),
                    "valid_to": service.valid_to and service.valid_to.isoformat(),
                    "description": _("Periodo di validità del servizio"),
                }
            )
        )
    if service.registration_start or service.registration_end:
        schedules.append(
            compact(
                {
                    "id": derived_id("schedule", service_id, "registration"),
                    "service_id": service_id,
                    "valid_from": service.registration_start and service.registration_start.isoformat(),
                    "valid_to": service.registration_end and service.registration_end.isoformat(),
                    "description": _("Periodo delle iscrizioni"),
                    "notes": plain_text(service.deadlines),
                }
            )
        )
    return schedules


def service_at_location(service_id, location):
    location_id = derived_id("location", service_id, location.pk)
    link_id = derived_id("service_at_location", service_id, location.pk)
    return compact(
        {
            "id": link_id,
            "service_id": service_id,
            "location_id": location_id,
            "description": location.hours_note,
            "schedules": [opening_hours(service_id, location_id, link_id, hours) for hours in location.hours.all()],
            "location": location_object(location, location_id),
        }
    )


def location_object(location, location_id):
    return compact(
        {
            "id": location_id,
            "location_type": "physical",
            "name": location.name or location.municipality,
            "latitude": None if location.latitude is None else float(location.latitude),
            "longitude": None if location.longitude is None else float(location.longitude),
            "addresses": [address_object(location, location_id)] if location.address else [],
        }
    )


def address_object(location, location_id):
    return {
        "id": derived_id("address", location_id),
        "location_id": location_id,
        "address_1": location.address,
        "city": location.municipality,
        "state_province": location.province,
        "postal_code": location.postal_code,
        "country": "IT",
        "address_type": "physical",
    }


def opening_hours(service_id, location_id, link_id, hours):
    return {
        "id": derived_id("schedule", link_id, hours.pk),
        "service_id": service_id,
        "location_id": location_id,
        "service_at_location_id": link_id,
        "freq": "WEEKLY",
        "wkst": "MO",
        "byday": WEEKDAYS[hours.weekday],
        "opens_at": hours.opens.strftime("%H:%M"),
        "closes_at": hours.closes.strftime("%H:%M"),
        "description": hours_label(hours),
    }


def languages(service, service_id):
    names = [name.strip() for name in service.languages.split(",") if name.strip()]
    return [
        compact(
            {
                "id": derived_id("language", service_id, name.casefold()),
                "service_id": service_id,
                "name": name,
                "code": LANGUAGE_CODES.get(name.casefold(), ""),
            }
        )
        for name in names
    ]


def cost_options(service, service_id):
    """What is known of the cost: a flag that is not indicated (None) gives no option."""
    options = []
    if service.is_free:
        options.append({"option": _("Gratuito"), "amount": 0, "currency": "EUR"})
    if service.cost_description:
        options.append({"option": _("Costo"), "amount_description": service.cost_description})
    elif service.is_free is False:
        options.append({"option": _("A pagamento")})
    if service.accepts_vouchers:
        options.append({"option": _("Si può pagare con i voucher di conciliazione")})
    elif service.accepts_vouchers is False:
        options.append({"option": _("Non si può pagare con i voucher di conciliazione")})
    return [
        {"id": derived_id("cost_option", service_id, index), "service_id": service_id, **option}
        for index, option in enumerate(options)
    ]


def required_documents(service, service_id):
    text = plain_text(service.requirements)
    if not text:
        return []
    return [{"id": derived_id("required_document", service_id), "service_id": service_id, "document": text}]


def taxonomy_attributes(service, service_id, all_terms):
    """The service's taxonomy terms, as HSDS attributes linking the service to each term."""
    by_key = {(term.relation, term.slug): term for term in all_terms}
    taxonomies_by_id = taxonomy_names()
    attributes = []
    for key in service_term_keys(service):
        term = by_key.get(key)
        if term is None:
            continue
        attributes.append(
            {
                "id": derived_id("attribute", service_id, term.id),
                "link_id": service_id,
                "link_type": "service",
                "link_entity": "service",
                "taxonomy_term_id": term.id,
                "taxonomy_term": term_object(term, taxonomies_by_id),
            }
        )
    return attributes
