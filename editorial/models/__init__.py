"""The editorial app's models: bulk imports of services, and visitors' feedback."""

from editorial.models.feedback import Feedback
from editorial.models.imports import ServiceImport

__all__ = ["Feedback", "ServiceImport"]
