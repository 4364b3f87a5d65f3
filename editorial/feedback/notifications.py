"""A new report is e-mailed to its network's editors (the regional group when the network
has none with an address), as the bulk import tells its reviewers: Django's send_mail with
the admin's address. A failing mail server does not lose the report: it is stored first,
and listed in the admin whatever happens to the e-mail."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override

from editorial.groups import REGIONAL_GROUP_NAME, network_group_name

logger = logging.getLogger(__name__)


def addresses_in_group(name):
    users = get_user_model().objects.filter(groups__name=name, is_active=True).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def report_recipients(feedback):
    recipients = addresses_in_group(network_group_name(feedback.network)) if feedback.network else []
    return recipients or addresses_in_group(REGIONAL_GROUP_NAME)


def notify_report(feedback):
    recipients = report_recipients(feedback)
    if not recipients:
        return
    with override(settings.LANGUAGE_CODE):  # editors read the admin in Italian
        subject = _("Nuova segnalazione: %(title)s") % {"title": feedback.page_title}
        body = _(
            "Un visitatore ha segnalato una modifica alla scheda «%(title)s»:\n\n%(message)s\n\n"
            "Le segnalazioni della rete sono elencate qui: %(url)s"
        ) % {
            "title": feedback.page_title,
            "message": feedback.message,
            "url": settings.WAGTAILADMIN_BASE_URL + reverse("editorial_feedback"),
        }
    try:
        send_mail(subject, body, None, recipients)
    except OSError:  # smtplib's errors included: the report is stored and listed anyway
        logger.exception("Segnalazione %s: e-mail alla redazione non inviata", feedback.pk)
