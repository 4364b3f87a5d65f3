from goodpractices.models.media import PracticeDocument, PracticeImage
from goodpractices.models.pages import CompanySize, GoodPracticeIndexPage, GoodPracticePage
from goodpractices.models.results import Measure, Qualifier, ResultIndicator
from goodpractices.models.taxonomy import Beneficiary, InterventionKind, PracticePeriod

__all__ = [
    "Beneficiary",
    "CompanySize",
    "GoodPracticeIndexPage",
    "GoodPracticePage",
    "InterventionKind",
    "Measure",
    "PracticeDocument",
    "PracticeImage",
    "PracticePeriod",
    "Qualifier",
    "ResultIndicator",
]
