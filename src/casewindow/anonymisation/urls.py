from django.urls import path

from casewindow.anonymisation import views

app_name = "anonymisation"
C = "publication-check/"
urlpatterns: list = []
review_urlpatterns: list = [
    path(C, views.publication_check, name="publication_check"),
    path(C + "decide/", views.decide, name="decide"),
    path(C + "decide-several/", views.decide_many, name="decide_many"),
    path(C + "decisions/", views.decision_log, name="decision_log"),
    path(C + "scans/", views.scan_request, name="scan_request"),
    path(C + "scans/<uuid:scan_id>/", views.scan_status, name="scan_status"),
]
