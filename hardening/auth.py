"""Brute-force protection for the editors' login (django-axes, cache handler)."""

from axes.backends import AxesBackend


class LoginAttemptsBackend(AxesBackend):
    """Axes' lockout check for every login made through a request (the Wagtail and
    Django admin login forms). Calls without a request (management commands, the test
    client's `login()`) cannot come from an attacker on the web, so they are left to the
    next backend instead of raising AxesBackendRequestParameterRequired. Being first in
    AUTHENTICATION_BACKENDS it is also the backend `force_login` records, hence AxesBackend
    (which brings ModelBackend's get_user and permissions) rather than the standalone one."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
