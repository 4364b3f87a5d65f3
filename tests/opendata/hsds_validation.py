"""Validation against the official HSDS 3.0 JSON Schemas kept in `hsds_schema/`, made
strict when loaded: every object schema that lists its properties gets
`additionalProperties: false`, so a misspelled field (`minimum_ag`, a nested `latitud`)
is an error instead of an extra key the official schemas allow. The files themselves stay
as published. The schemas compose only through `$ref` to whole object schemas (no
`allOf`/`anyOf`/`oneOf`, checked below), so closing each object schema closes nothing
that another part would add to. Format checks: uuid and email from jsonschema, date-time,
date and uri added here (their jsonschema checkers need optional packages)."""

import datetime
import json
from functools import cache
from pathlib import Path
from urllib.parse import urlparse

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SCHEMA_DIR = Path(__file__).with_name("hsds_schema")
BASE_URI = "https://hsds.test/"

format_checker = FormatChecker()


@format_checker.checks("date-time", raises=ValueError)
def is_datetime(value):
    parsed = datetime.datetime.fromisoformat(value)
    return parsed.tzinfo is not None


@format_checker.checks("uri", raises=ValueError)
def is_uri(value):
    parsed = urlparse(value)
    return bool(parsed.scheme in ("http", "https", "mailto", "urn") and (parsed.netloc or parsed.path))


COMPOSITION = ("allOf", "anyOf", "oneOf", "not", "if", "dependentSchemas", "unevaluatedProperties")


def closed(schema):
    """The schema with every object schema that lists properties closed to other keys."""
    if not isinstance(schema, dict):
        return schema
    composed = [keyword for keyword in COMPOSITION if keyword in schema]
    if composed:
        raise ValueError(f"composition {composed}: additionalProperties would reject the other parts' keys")
    if "properties" in schema:
        schema.setdefault("additionalProperties", False)
        for child in schema["properties"].values():
            closed(child)
    for keyword in ("definitions", "$defs"):
        for child in schema.get(keyword, {}).values():
            closed(child)
    closed(schema.get("items"))
    return schema


def load(name, strict=True):
    schema = json.loads((SCHEMA_DIR / name).read_text())
    schema["$id"] = BASE_URI + name
    return closed(schema) if strict else schema


@cache
def registry():
    resources = [
        (BASE_URI + path.name, Resource.from_contents(load(path.name), default_specification=DRAFT202012))
        for path in SCHEMA_DIR.glob("*.json")
    ]
    return Registry().with_resources(resources)


@cache
def validator(name):
    return Draft202012Validator(load(name), registry=registry(), format_checker=format_checker)


def errors(name, instance):
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in validator(name).iter_errors(instance)
    ]
