from django.urls import path

from casewindow.analysis.views import traceability

R = "reviews/<str:reference>/"
urlpatterns: list = [
    path(R + "traceability/", traceability.traceability, name="traceability"),
    path(
        R + "traceability/picture/",
        traceability.traceability_picture,
        name="traceability_picture",
    ),
]
