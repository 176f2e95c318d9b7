"""Importing agency chronologies (upload → preview → columns → check → import) and the record
of past imports. The integrated chronology itself is in urls/timeline.py."""

from django.urls import path

from casewindow.evidence.views import chronology as views
from casewindow.evidence.views import entries

IMPORTS = "chronologies/imports/"
UPLOAD = "chronologies/import/<uuid:upload_id>/"
urlpatterns: list = [
    path(IMPORTS, views.import_list, name="chronology_import_list"),
    path(IMPORTS + "<uuid:import_id>/", views.import_detail, name="chronology_import_detail"),
    path(
        IMPORTS + "<uuid:import_id>/withdraw/",
        entries.import_withdraw,
        name="chronology_import_withdraw",
    ),
    path(
        IMPORTS + "<uuid:import_id>/restore/",
        entries.import_restore,
        name="chronology_import_restore",
    ),
    path("chronologies/import/", views.import_start, name="chronology_import_start"),
    path(UPLOAD, views.import_preview, name="chronology_import_preview"),
    path(UPLOAD + "columns/", views.import_columns, name="chronology_import_columns"),
    path(UPLOAD + "check/", views.import_check, name="chronology_import_check"),
    path(UPLOAD + "cancel/", views.import_cancel, name="chronology_import_cancel"),
]
