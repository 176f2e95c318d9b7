from django.urls import path

from casewindow.reports import views

app_name = "reports"
E = "report/exports/"
urlpatterns: list = []
review_urlpatterns: list = [
    path("report/", views.report, name="report"),
    path("report/sections/<slug:report_section>/", views.section_edit, name="section_edit"),
    path(E, views.export_list, name="export_list"),
    path(E + "publication/", views.publication_export, name="publication_export"),
    path(E + "<uuid:export_id>/", views.export_status, name="export_status"),
    path(E + "<uuid:export_id>/download/", views.export_download, name="export_download"),
]
