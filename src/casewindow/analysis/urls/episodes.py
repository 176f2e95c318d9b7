from django.urls import path

from casewindow.analysis.views import episodes as views

E = "episodes/<uuid:episode_id>/"
urlpatterns: list = [
    path("episodes/", views.episode_list, name="episode_list"),
    path("episodes/add/", views.episode_add, name="episode_add"),
    path("episodes/renumber/", views.episode_renumber, name="episode_renumber"),
    path("episodes/removed/", views.episode_removed, name="episode_removed"),
    path("episodes/export.csv", views.episode_export_csv, name="episode_export_csv"),
    path("episodes/export.docx", views.episode_export_docx, name="episode_export_docx"),
    path(E, views.episode_detail, name="episode_detail"),
    path(E + "edit/", views.episode_edit, name="episode_edit"),
    path(E + "remove/", views.episode_delete, name="episode_delete"),
    path(E + "restore/", views.episode_restore, name="episode_restore"),
    path(E + "move/", views.episode_move, name="episode_move"),
    path(E + "factors/add/", views.factor_add, name="factor_add"),
    path(E + "factors/<uuid:factor_id>/edit/", views.factor_edit, name="factor_edit"),
    path(E + "factors/<uuid:factor_id>/remove/", views.factor_delete, name="factor_delete"),
    path(E + "factors/<uuid:factor_id>/restore/", views.factor_restore, name="factor_restore"),
]
