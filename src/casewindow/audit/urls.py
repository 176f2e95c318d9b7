from django.urls import path

from casewindow.audit import views

app_name = "audit"
urlpatterns: list = []
review_urlpatterns: list = [
    path("audit/", views.review_log, name="review_log"),
    path("audit.csv", views.review_log_csv, name="review_log_csv"),
]
