"""Public feedback routes, under the language prefix (the answer is in the page's language)."""

from django.urls import path

from editorial.feedback.views import rate, rate_comment, report

urlpatterns = [
    path("segnalazioni/<int:page_id>/", report, name="feedback_report"),
    path("valutazioni/", rate, name="feedback_rating"),
    path("valutazioni/commento/", rate_comment, name="feedback_rating_comment"),
]
