from django.urls import path

from casewindow.analysis.views import agreement as views

R = "episodes/agreement/"
G = R + "<uuid:round_id>/"
urlpatterns: list = [
    path(R, views.agreement_list, name="agreement_list"),
    path(R + "start/", views.agreement_start, name="agreement_start"),
    path(G, views.agreement_detail, name="agreement_detail"),
    path(G + "disagreements/", views.agreement_disagreements, name="agreement_disagreements"),
    path(G + "settle/", views.agreement_settle, name="agreement_settle"),
    path(G + "my-coding/", views.agreement_coding, name="agreement_coding"),
    path(G + "my-coding/complete/", views.agreement_complete, name="agreement_complete"),
    path(
        G + "my-coding/<uuid:episode_id>/",
        views.agreement_code_episode,
        name="agreement_code_episode",
    ),
    path(
        G + "my-coding/<uuid:episode_id>/remove/",
        views.agreement_code_remove,
        name="agreement_code_remove",
    ),
]
