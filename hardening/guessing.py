"""Throttles on the forms where a password or an account can be guessed: the password of a
protected page (per address and per page) and the admin's password-reset e-mail (per
address and per e-mail address). Only POSTs count; past a limit the form answers 429 with
Retry-After and does nothing. Counters: hardening.ratelimit (the shared cache); rates:
settings PAGE_PASSWORD_RATE_PER_ADDRESS, PAGE_PASSWORD_RATE_PER_PAGE,
PASSWORD_RESET_RATE_PER_ADDRESS, PASSWORD_RESET_RATE_PER_EMAIL. The editors' login has its
own lockout (django-axes, AXES_* settings)."""

from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.admin.views.account import PasswordResetView
from wagtail.views import authenticate_with_password

from hardening import ratelimit
from hardening.clients import client_address
from operations.responses import minimal_error


@dataclass(frozen=True)
class Limit:
    scope: str
    rate_setting: str
    ident: object  # (request, view kwargs) -> what is counted


def too_many_attempts(wait):
    return minimal_error(
        429,
        _("Troppi tentativi"),
        _("Sono stati fatti troppi tentativi in poco tempo. Riprova tra qualche minuto."),
        headers={"Retry-After": str(wait)},
    )


def throttle_posts(view, *limits):
    @wraps(view)
    def throttled(request, *args, **kwargs):
        if request.method == "POST":
            verdicts = [
                ratelimit.count(limit.scope, limit.ident(request, kwargs), getattr(settings, limit.rate_setting))
                for limit in limits
            ]
            refused = [verdict for verdict in verdicts if not verdict.allowed]
            if refused:
                return too_many_attempts(max(verdict.wait for verdict in refused))
        return view(request, *args, **kwargs)

    return throttled


def address(request, kwargs):
    return client_address(request)


def protected_page(request, kwargs):
    return kwargs.get("page_id")


def reset_email(request, kwargs):
    return request.POST.get("email", "").strip().lower()


page_password_view = throttle_posts(
    authenticate_with_password,
    Limit("page-password-address", "PAGE_PASSWORD_RATE_PER_ADDRESS", address),
    Limit("page-password-page", "PAGE_PASSWORD_RATE_PER_PAGE", protected_page),
)

password_reset_view = throttle_posts(
    PasswordResetView.as_view(),
    Limit("password-reset-address", "PASSWORD_RESET_RATE_PER_ADDRESS", address),
    Limit("password-reset-email", "PASSWORD_RESET_RATE_PER_EMAIL", reset_email),
)
