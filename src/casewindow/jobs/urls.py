"""The jobs app's one page, the "Try again" of a report export. Reports comes earlier in the
pipeline and cannot import it, so the project's URLs (casewindow/urls.py) mount it among the
reports pages, in the reports namespace: its name stays "reports:export_retry"."""

from django.urls import path

from casewindow.jobs import views

report_review_urlpatterns = [
    path("report/exports/<uuid:export_id>/again/", views.export_retry, name="export_retry"),
]
