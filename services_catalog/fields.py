"""The names of ServicePage's own plain fields, grouped as the sheet groups them, for the code
that reads or writes a service field by field (the bulk import, the open-data API): one list
to change when a field is added. Relations (network, taxonomy, locations) are not here."""

RICH_TEXT_FIELDS = ("target_audience", "how_to", "requirements", "outcome", "deadlines")
CONDITION_FIELDS = ("registration_start", "registration_end", "is_free", "cost_description", "accepts_vouchers")
CONTACT_FIELDS = ("contact_phone", "contact_email", "contact_website")
DIRECTORY_FIELDS = (
    "age_min_months",
    "age_max_months",
    "languages",
    "accessibility_notes",
    "provider_name",
    "provider_kind",
    "status",
    "status_reason",
    "valid_from",
    "valid_to",
    "last_verified",
)
# Every plain (not rich text) field an import row sets.
PLAIN_FIELDS = ("short_description", *CONDITION_FIELDS, *CONTACT_FIELDS, *DIRECTORY_FIELDS)
