"""Writes validated rows as ServicePage drafts under a network and submits them to the
network's workflow. New services are written in bulk, a batch at a time (bulk_pages,
bulk_workflow: the same rows as Wagtail's add_child, save_revision and Workflow.start; why in
docs/import-fast-path.md), or with `through_api` by those Wagtail calls one row at a time;
re-importing an external id updates that service through Wagtail (a new draft revision,
resubmitted), never duplicates it. The caller runs it inside one transaction."""

from django.utils.html import escape
from wagtail.fields import RichTextField

from editorial.importer.bulk_pages import DraftPageCreator, chunks
from editorial.importer.bulk_workflow import start_in_bulk
from editorial.importer.validation import LOCATION_COLUMNS, PAGE_COLUMNS
from services_catalog.models import OpeningHours, ServiceLocation, ServicePage

BATCH = 500  # new services written (and progress reported) per batch
PROGRESS_EVERY = 200  # updated services per progress report


def paragraphs(text):
    """Plain text from a spreadsheet cell as rich text: one paragraph per line."""
    return "".join(f"<p>{escape(line.strip())}</p>" for line in text.splitlines() if line.strip())


def fill_page(page, values):
    """Sets the row's values on `page`, field by field as the model declares them: rich text
    as paragraphs, relations as given, an empty (None) plain value keeping what the page says."""
    for name in PAGE_COLUMNS:
        model_field = ServicePage._meta.get_field(name)
        if model_field.many_to_many:
            setattr(page, name, values[name])
        elif isinstance(model_field, RichTextField):
            setattr(page, name, paragraphs(values[name]))
        elif values[name] is not None:
            setattr(page, name, values[name])
    page.locations = [location_of(values)]


def location_of(values):
    municipality = values["municipality"]
    location = ServiceLocation(municipality=municipality.name, province=municipality.province)
    for name in LOCATION_COLUMNS:
        if name not in ("municipality", "province"):
            setattr(location, name, values[name])
    location.hours = [
        OpeningHours(weekday=weekday, opens=opens, closes=closes) for weekday, opens, closes in values["opening_hours"]
    ]
    return location


class ServiceWriter:
    def __init__(self, network, user, on_progress=None, through_api=False):
        self.network = network
        self.through_api = through_api
        self.user = user
        self.on_progress = on_progress or (lambda done: None)
        self.workflow = network.get_workflow()
        self.created = 0
        self.updated = 0
        self.created_pks = []

    @property
    def done(self):
        return self.created + self.updated

    def existing_services(self, results):
        ids = [result.external_id for result in results]
        services = ServicePage.objects.filter(network=self.network, external_id__in=ids)
        return {service.external_id: service for service in services}

    def write(self, results):
        existing = self.existing_services(results)
        new = [result.values for result in results if result.external_id not in existing]
        if new and self.through_api:
            for values in new:
                self.create_through_api(values)
                if self.created % PROGRESS_EVERY == 0:
                    self.on_progress(self.done)
        elif new:
            creator = DraftPageCreator(self.network, self.user)
            for batch in chunks(new, BATCH):
                self.create(creator, batch)
                self.on_progress(self.done)
            creator.finish()
        for result in results:
            page = existing.get(result.external_id)
            if page is not None:
                self.update(page, result.values)
                if self.updated % PROGRESS_EVERY == 0 or self.done == len(results):
                    self.on_progress(self.done)

    def fill(self, page, values):
        fill_page(page, values)

    def new_page(self, values):
        # network is what ServicePage.save would find (the bulk insert does not call save).
        page = ServicePage(live=False, owner=self.user, network=self.network)
        self.fill(page, values)
        return page

    def create(self, creator, batch):
        pages = [self.new_page(values) for values in batch]
        revisions = creator.create(pages)
        if self.workflow is not None:
            start_in_bulk(self.workflow, pages, revisions, self.user)
        self.created += len(pages)
        self.created_pks.extend(page.pk for page in pages)

    def create_through_api(self, values):
        """Wagtail's own path for one new service (the fast path's reference)."""
        page = self.new_page(values)
        self.network.add_child(instance=page)
        revision = page.save_revision(user=self.user, log_action=True)
        if self.workflow is not None:
            self.workflow.start(page, self.user)
        self.created += 1
        self.created_pks.append(page.pk)
        return revision

    def update(self, page, values):
        if page.workflow_in_progress:
            page.current_workflow_state.cancel(user=self.user)
        page = page.get_latest_revision_as_object()
        self.fill(page, values)
        page.save_revision(user=self.user, log_action=True)
        if self.workflow is not None:
            self.workflow.start(page, self.user)
        self.updated += 1
