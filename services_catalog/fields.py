"""The names of ServicePage's own plain fields, grouped as the sheet groups them, for the code
that publishes a service field by field (the open-data API). Relations (network, taxonomy,
locations) are not here. (The import takes its fields from the model and its columns.)"""

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
