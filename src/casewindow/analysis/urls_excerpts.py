from django.urls import path  # noqa: F401

R = "reviews/<str:reference>/"
urlpatterns: list = []
