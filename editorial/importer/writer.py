"""Writes validated rows as ServicePage drafts under a network and submits them to the
network's workflow. Re-importing an external id updates that service (a new draft
revision), never duplicates it. The caller runs it inside one transaction."""

from django.utils.html import escape

from services_catalog.models import ServiceLocation, ServicePage

PLAIN_FIELDS = (
    "short_description",
    "registration_start",
    "registration_end",
    "is_free",
    "cost_description",
    "accepts_vouchers",
    "contact_phone",
    "contact_email",
    "contact_website",
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
RICH_TEXT_FIELDS = ("target_audience", "how_to", "requirements", "outcome", "deadlines")
PROGRESS_EVERY = 200


def paragraphs(text):
    """Plain text from a spreadsheet cell as rich text: one paragraph per line."""
    return "".join(f"<p>{escape(line.strip())}</p>" for line in text.splitlines() if line.strip())


class ServiceWriter:
    def __init__(self, network, user, on_progress=None):
        self.network = network
        self.user = user
        self.on_progress = on_progress or (lambda done: None)
        self.workflow = network.get_workflow()
        self.created = 0
        self.updated = 0
        self.created_pks = []

    def existing_services(self, results):
        ids = [result.external_id for result in results]
        services = ServicePage.objects.filter(network=self.network, external_id__in=ids)
        return {service.external_id: service for service in services}

    def write(self, results):
        existing = self.existing_services(results)
        for done, result in enumerate(results, start=1):
            page = existing.get(result.external_id)
            if page is None:
                self.create(result.values)
            else:
                self.update(page, result.values)
            if done % PROGRESS_EVERY == 0 or done == len(results):
                self.on_progress(done)

    def fill(self, page, values):
        page.title = values["title"]
        page.external_id = values["external_id"]
        for name in PLAIN_FIELDS:
            setattr(page, name, values[name] if values[name] is not None else getattr(page, name))
        for name in RICH_TEXT_FIELDS:
            setattr(page, name, paragraphs(values[name]))
        page.objectives = values["objectives"]
        page.actions = values["actions"]
        page.audiences = values["audiences"]
        municipality = values["municipality"]
        page.locations = [
            ServiceLocation(
                address=values["address"],
                postal_code=values["postal_code"],
                municipality=municipality.name,
                province=municipality.province,
            )
        ]

    def create(self, values):
        page = ServicePage(live=False, owner=self.user)
        self.fill(page, values)
        self.network.add_child(instance=page)
        self.submit(page)
        self.created += 1
        self.created_pks.append(page.pk)

    def update(self, page, values):
        if page.workflow_in_progress:
            page.current_workflow_state.cancel(user=self.user)
        page = page.get_latest_revision_as_object()
        self.fill(page, values)
        self.submit(page)
        self.updated += 1

    def submit(self, page):
        # Rows were validated against the same rules before writing: skip the second full_clean.
        page.save_revision(user=self.user, log_action=True, clean=False)
        if self.workflow is not None:
            self.workflow.start(page, self.user)
