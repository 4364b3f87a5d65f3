"""Stable identifiers of the HSDS objects. Services carry their own `uuid`; everything
else derives a name-based UUID (uuid5) from what identifies it, so that the same
organisation, taxonomy term, location or schedule has the same id on every request and
every installation loaded from the same seed."""

import re
import uuid

# Fixed namespace of this site's HSDS identifiers: never change it, ids would change.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:conciliazione-lombardia:hsds")


def derived_id(kind, *parts):
    return str(uuid.uuid5(NAMESPACE, ":".join([kind, *(str(part) for part in parts)])))


def normalised_name(name):
    return re.sub(r"\s+", " ", name).strip().casefold()


def organization_id(provider_name):
    return derived_id("organization", normalised_name(provider_name))


def taxonomy_id(slug):
    return derived_id("taxonomy", slug)


def term_id(kind, slug):
    return derived_id("taxonomy_term", kind, slug)


def is_uuid(value):
    try:
        uuid.UUID(value)
    except (TypeError, ValueError, AttributeError):
        return False
    return True
