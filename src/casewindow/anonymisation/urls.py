from django.urls import path

from casewindow.anonymisation import views

app_name = "anonymisation"
R = "reviews/<str:reference>/publication-check/"
urlpatterns: list = [
    path(R, views.publication_check, name="publication_check"),
    path(R + "decide/", views.decide, name="decide"),
    path(R + "decisions/", views.decision_log, name="decision_log"),
    path(R + "scans/", views.scan_request, name="scan_request"),
    path(R + "scans/<uuid:scan_id>/", views.scan_status, name="scan_status"),
]
