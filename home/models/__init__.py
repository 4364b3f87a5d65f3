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
    "NetworkPage",
    "Objective",
    "SiteSettings",
    "StandardPage",
]
