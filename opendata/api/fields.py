"""The fields the API shows for services and practices. They are declared here rather
than as `api_fields` on the models, so that the catalogue and the library need not know
about the API."""

from rest_framework import serializers
from wagtail.api import APIField

from services_catalog.fields import CONDITION_FIELDS, CONTACT_FIELDS, DIRECTORY_FIELDS, RICH_TEXT_FIELDS


class RelatedListField(serializers.Field):
    """A many-to-many or child relation as a list of small objects with `attributes`."""

    def __init__(self, attributes, **kwargs):
        self.attributes = attributes
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        return [{name: serialise(getattr(item, name)) for name in self.attributes} for item in manager.all()]


class RelatedObjectField(serializers.Field):
    def __init__(self, attributes, **kwargs):
        self.attributes = attributes
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, item):
        return {name: serialise(getattr(item, name)) for name in self.attributes}


class LocationsField(serializers.Field):
    """Service locations with their weekly opening hours."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        return [
            {
                "name": location.name,
                "address": location.address,
                "postal_code": location.postal_code,
                "municipality": location.municipality,
                "province": location.province,
                "latitude": serialise(location.latitude),
                "longitude": serialise(location.longitude),
                "hours_note": location.hours_note,
                "hours": [
                    {"weekday": hours.weekday, "opens": serialise(hours.opens), "closes": serialise(hours.closes)}
                    for hours in location.hours.all()
                ],
            }
            for location in manager.all()
        ]


def serialise(value):
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


NETWORK = APIField("network", serializer=RelatedObjectField(["id", "slug", "title", "short_name"]))
OBJECTIVES = APIField("objectives", serializer=RelatedListField(["number", "slug", "title"]))
ACTIONS = APIField("actions", serializer=RelatedListField(["slug", "title"]))
TERMS = ["slug", "name"]

SERVICE_API_FIELDS = [
    "uuid",
    "short_description",
    NETWORK,
    OBJECTIVES,
    ACTIONS,
    APIField("audiences", serializer=RelatedListField(TERMS)),
    *RICH_TEXT_FIELDS,
    *CONDITION_FIELDS,
    *CONTACT_FIELDS,
    APIField("locations", serializer=LocationsField()),
    *DIRECTORY_FIELDS,
    "last_published_at",
]

PRACTICE_API_FIELDS = [
    "summary",
    "description",
    NETWORK,
    APIField("period", serializer=RelatedObjectField(["slug", "name", "start_year", "end_year"])),
    OBJECTIVES,
    ACTIONS,
    APIField("kinds", serializer=RelatedListField(TERMS)),
    APIField("beneficiaries", serializer=RelatedListField(TERMS)),
    APIField("indicators", serializer=RelatedListField(["label", "qualifier", "value", "unit", "measure"])),
    "partners",
    "funding",
    "started_on",
    "ended_on",
    "age_min_months",
    "age_max_months",
    "company_size",
    "sector",
    "transferability",
    "last_published_at",
]
