"""The interchange pages of a review (mounted under reviews/<reference>/ by the project's urls):
archives of the review (whole or anonymised, made in the background) and REFI-QDA projects."""

from django.urls import URLPattern, path

from casewindow.interchange.views import archives, qdpx

app_name = "interchange"
A = "archives/"

urlpatterns: list[URLPattern] = []

review_urlpatterns = [
    path(A, archives.archive_list, name="archive_list"),
    path(A + "<uuid:archive_id>/", archives.archive_status, name="archive_status"),
    path(A + "<uuid:archive_id>/download/", archives.archive_download, name="archive_download"),
    path("qdpx/", qdpx.qdpx_page, name="qdpx"),
    path("qdpx/download/", qdpx.qdpx_download, name="qdpx_download"),
]
