"""Documents and search."""

from django.urls import path

from casewindow.evidence.views import documents as views
from casewindow.evidence.views.search import search_page

D = "documents/<uuid:document_id>/"
urlpatterns: list = [
    path("documents/", views.document_list, name="document_list"),
    path("documents/upload/", views.document_upload, name="document_upload"),
    path(D, views.document_detail, name="document_detail"),
    path(D + "status/", views.document_status, name="document_status"),
    path(D + "download/", views.document_download, name="document_download"),
    path(D + "edit/", views.document_edit, name="document_edit"),
    path(D + "extract/", views.document_extract, name="document_extract"),
    path(D + "delete/", views.document_delete, name="document_delete"),
    path("search/", search_page, name="search"),
]
