"""REFI-QDA pages of a review (mounted under reviews/<reference>/ by the project's urls)."""

from django.urls import URLPattern, path

from casewindow.interchange.views import qdpx

app_name = "interchange"

urlpatterns: list[URLPattern] = []

review_urlpatterns = [
    path("qdpx/", qdpx.qdpx_page, name="qdpx"),
    path("qdpx/download/", qdpx.qdpx_download, name="qdpx_download"),
]
