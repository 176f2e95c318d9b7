from django.urls import path

from casewindow.audit import views

app_name = "audit"
urlpatterns = [
    path("reviews/<str:reference>/audit/", views.review_log, name="review_log"),
    path("reviews/<str:reference>/audit.csv", views.review_log_csv, name="review_log_csv"),
]
