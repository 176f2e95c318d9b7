from django.urls import path

from casewindow.analysis.views import traceability

urlpatterns: list = [
    path("traceability/", traceability.traceability, name="traceability"),
    path(
        "traceability/picture/",
        traceability.traceability_picture,
        name="traceability_picture",
    ),
]
