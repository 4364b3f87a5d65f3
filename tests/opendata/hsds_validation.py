"""Validation against the official HSDS 3.0 JSON Schemas kept in `hsds_schema/`, with
format checks: uuid and email from jsonschema, date-time, date and uri added here (their
jsonschema checkers need optional packages)."""

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


def load(name):
    schema = json.loads((SCHEMA_DIR / name).read_text())
    schema["$id"] = BASE_URI + name
    return schema


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
