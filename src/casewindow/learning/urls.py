from django.urls import path

from casewindow.learning.views import repository as repository_views

app_name = "learning"
P = "accounts/partnerships/<uuid:partnership_id>/learning/"
urlpatterns: list = [
    path(P, repository_views.repository, name="repository"),
]
review_urlpatterns: list = [
    path("learning/release/", repository_views.release, name="release"),
]
