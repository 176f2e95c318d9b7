from django.urls import path

from casewindow.jobs import views as job_views
from casewindow.reports import views

app_name = "reports"
urlpatterns = [
    path("reviews/<str:reference>/report/", views.report, name="report"),
    path(
        "reviews/<str:reference>/report/sections/<slug:report_section>/",
        views.section_edit,
        name="section_edit",
    ),
    path("reviews/<str:reference>/report/exports/", views.export_list, name="export_list"),
    path(
        "reviews/<str:reference>/report/exports/publication/",
        views.publication_export,
        name="publication_export",
    ),
    path(
        "reviews/<str:reference>/report/exports/<uuid:export_id>/",
        views.export_status,
        name="export_status",
    ),
    path(
        "reviews/<str:reference>/report/exports/<uuid:export_id>/again/",
        job_views.export_retry,
        name="export_retry",
    ),
    path(
        "reviews/<str:reference>/report/exports/<uuid:export_id>/download/",
        views.export_download,
        name="export_download",
    ),
]
