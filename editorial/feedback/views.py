"""The public feedback routes. They answer POSTs from cached, anonymous pages, so they take no
CSRF token (docs/feedback.md says why that is safe here); every submission counts against the
per-address limit. Bad input: 400 with the form, its messages and what was typed; over the
limit: 429 with the same. Nothing here is cached (Cache-Control: no-store)."""

from functools import wraps

from django.core import signing
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from editorial.feedback.forms import CommentForm, RatingForm, ReportForm
from editorial.feedback.limits import count_submission, is_cross_site
from editorial.feedback.notifications import notify_report
from editorial.feedback.targets import new_feedback, rated_page, reported_service
from editorial.models import Feedback
from operations.responses import minimal_error

RATING_SALT = "editorial.feedback.rating"
COMMENT_WINDOW_SECONDS = 60 * 60
REPORT_PREFIX = "segnala-%s"
RATING_PREFIX = "valuta-%s"


def feedback_page(request, template, context, status=200, wait=None):
    context.setdefault("rate_limited", status == 429)
    context["hide_page_rating"] = True  # a rating of the feedback page itself would mean nothing
    response = TemplateResponse(request, template, context, status=status)
    response["Cache-Control"] = "no-store"
    if wait is not None:
        response["Retry-After"] = str(wait)
    return response


def posted_from_the_site(view):
    """No CSRF token (docs/feedback.md); a POST the browser labels cross-site is refused."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if request.method == "POST" and is_cross_site(request):
            return minimal_error(403, _("Richiesta non accettata"), _("Il modulo va inviato dalla pagina del sito."))
        return view(request, *args, **kwargs)

    return csrf_exempt(checked)


def over_the_limit(request, template, context):
    """Counts the submission; past the limit, the 429 answer with the form as it was sent."""
    verdict = count_submission(request)
    if verdict.allowed:
        return None
    return feedback_page(request, template, context, status=429, wait=verdict.wait)


@posted_from_the_site
@require_http_methods(["GET", "POST"])
def report(request, page_id):
    service = reported_service(page_id)
    if service is None:
        raise Http404
    context = {"service": service, "network": service.network}
    if request.method == "GET":
        context["form"] = ReportForm(auto_id=REPORT_PREFIX)
        return feedback_page(request, "editorial/feedback/report_page.html", context)
    form = context["form"] = ReportForm(request.POST, auto_id=REPORT_PREFIX)
    template = "editorial/feedback/report_page.html"
    if refused := over_the_limit(request, template, context):
        return refused
    if not form.is_valid():
        return feedback_page(request, template, context, status=400)
    if not form.is_trap():
        feedback = new_feedback(
            Feedback.Kind.REPORT,
            service,
            service.url or "",
            message=form.cleaned_data["messaggio"],
            name=form.cleaned_data["nome"],
            email=form.cleaned_data["email"],
        )
        notify_report(feedback)
    return feedback_page(request, "editorial/feedback/report_sent.html", context)


@posted_from_the_site
@require_POST
def rate(request):
    """Step one: useful or not. Step two's form carries a signed reference to this rating."""
    form = RatingForm(request.POST, auto_id=RATING_PREFIX)
    valid = form.is_valid()
    context = {"form": form, "back": form.cleaned_data.get("indirizzo") if valid else None}
    template = "editorial/feedback/rating_page.html"
    if refused := over_the_limit(request, template, context):
        return refused
    if not valid:
        return feedback_page(request, template, context, status=400)
    if form.is_trap():
        return feedback_page(request, "editorial/feedback/rating_sent.html", context)
    page = rated_page(form.cleaned_data["pagina"])
    rating = new_feedback(Feedback.Kind.RATING, page, form.cleaned_data["indirizzo"], useful=form.cleaned_data["utile"])
    token = signing.dumps(rating.pk, salt=RATING_SALT)
    context["comment_form"] = CommentForm(initial={"valutazione": token}, auto_id=RATING_PREFIX)
    return feedback_page(request, template, context)


@posted_from_the_site
@require_POST
def rate_comment(request):
    """Step two: an optional comment on the rating just given."""
    form = CommentForm(request.POST, auto_id=RATING_PREFIX)
    template = "editorial/feedback/rating_page.html"
    context = {"comment_form": form}
    if refused := over_the_limit(request, template, context):
        return refused
    rating = form.is_valid() and rating_to_comment(form.cleaned_data["valutazione"])
    if not rating:
        if form.is_valid():
            form.add_error(None, _("Il tempo per aggiungere un commento è scaduto: il commento non è stato salvato."))
        return feedback_page(request, template, context, status=400)
    context["back"] = rating.path
    if not form.is_trap() and form.cleaned_data["commento"].strip():
        rating.message = form.cleaned_data["commento"].strip()
        rating.save(update_fields=["message"])
    return feedback_page(request, "editorial/feedback/rating_sent.html", context)


def rating_to_comment(token):
    """The rating a step-two form refers to, if its signature is valid, recent, and it has no comment yet."""
    try:
        pk = signing.loads(token, salt=RATING_SALT, max_age=COMMENT_WINDOW_SECONDS)
    except signing.BadSignature:
        return None
    return Feedback.objects.filter(pk=pk, kind=Feedback.Kind.RATING, message="").first()
