from goodpractices.models.guide import CompanyGuidePage, GuideObjectivePage
from goodpractices.models.media import PracticeDocument, PracticeImage
from goodpractices.models.pages import CompanySize, GoodPracticeIndexPage, GoodPracticePage
from goodpractices.models.results import Measure, Qualifier, ResultIndicator
from goodpractices.models.taxonomy import Beneficiary, InterventionKind, PracticePeriod

__all__ = [
    "Beneficiary",
    "CompanyGuidePage",
    "CompanySize",
    "GoodPracticeIndexPage",
    "GoodPracticePage",
    "GuideObjectivePage",
    "InterventionKind",
    "Measure",
    "PracticeDocument",
    "PracticeImage",
    "PracticePeriod",
    "Qualifier",
    "ResultIndicator",
]
