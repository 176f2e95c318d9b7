"""The review's audit log pages. They keep the "audit" namespace (`audit:review_log`); they
live here because they are pages inside a review, and the audit app (first in the pipeline)
imports no later app."""

from django.urls import path

from casewindow.reviews.views import audit_log as views

app_name = "audit"
urlpatterns: list = []
review_urlpatterns: list = [
    path("audit/", views.review_log, name="review_log"),
    path("audit.csv", views.review_log_csv, name="review_log_csv"),
]
