from django.urls import path

from casewindow.interchange import views

app_name = "interchange"
A = "archives/"
urlpatterns: list = []
review_urlpatterns: list = [
    path(A, views.archive_list, name="archive_list"),
    path(A + "<uuid:archive_id>/", views.archive_status, name="archive_status"),
    path(A + "<uuid:archive_id>/download/", views.archive_download, name="archive_download"),
]
