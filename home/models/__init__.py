from .network_owned import NetworkOwnedPage
from .pages import (
    AgreementPage,
    HomePage,
    NetworkIndexPage,
    NetworkPage,
    StandardPage,
)
from .site_settings import SiteSettings
from .taxonomy import Action, Audience, Objective
from .territory import Municipality

__all__ = [
    "Action",
    "AgreementPage",
    "Audience",
    "HomePage",
    "Municipality",
    "NetworkIndexPage",
    "NetworkOwnedPage",
    "NetworkPage",
    "Objective",
    "SiteSettings",
    "StandardPage",
]
