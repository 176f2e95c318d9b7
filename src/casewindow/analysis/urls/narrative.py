from django.urls import path

from casewindow.analysis.views import narrative as views

R = "narrative/"
S = R + "<uuid:narrative_section_id>/"
PERSPECTIVE = S + "perspectives/<uuid:perspective_id>/"
VERSION = S + "history/<int:revision_number>/"
urlpatterns: list = [
    path(R, views.narrative, name="narrative"),
    path(R + "add/", views.section_add, name="narrative_section_add"),
    path(R + "removed/", views.narrative_removed, name="narrative_removed"),
    path(S + "edit/", views.section_edit, name="narrative_section_edit"),
    path(S + "chronology/", views.section_events, name="narrative_section_events"),
    path(S + "move/", views.section_move, name="narrative_section_move"),
    path(S + "remove/", views.section_delete, name="narrative_section_delete"),
    path(S + "restore/", views.section_restore, name="narrative_section_restore"),
    path(S + "history/", views.section_history, name="narrative_history"),
    path(VERSION, views.revision_detail, name="narrative_revision"),
    path(VERSION + "restore/", views.revision_restore, name="narrative_revision_restore"),
    path(S + "perspectives/add/", views.perspective_add, name="narrative_perspective_add"),
    path(PERSPECTIVE + "edit/", views.perspective_edit, name="narrative_perspective_edit"),
    path(PERSPECTIVE + "remove/", views.perspective_delete, name="narrative_perspective_delete"),
    path(PERSPECTIVE + "restore/", views.perspective_restore, name="narrative_perspective_restore"),
]
