"""The integrated multi-agency chronology, its timeline picture, and merging entries into events."""

from django.urls import path

from casewindow.evidence.views import entries
from casewindow.evidence.views import timeline as views

C = "chronology/"
urlpatterns: list = [
    path(C, views.chronology, name="chronology"),
    path(C + "timeline/", views.timeline, name="timeline"),
    path(C + "download.csv", views.chronology_download_csv, name="chronology_download_csv"),
    path(C + "download.docx", views.chronology_download_docx, name="chronology_download_docx"),
    path(C + "suggested-merges/", views.merge_suggestions, name="merge_suggestions"),
    path(C + "suggested-merges/group/", views.merge_group, name="merge_group"),
    path(C + "events/<uuid:event_id>/", views.event_detail, name="event_detail"),
    path(
        C + "entries/<uuid:entry_id>/merge/<uuid:other_entry_id>/",
        views.entry_merge,
        name="entry_merge",
    ),
    path(
        C + "entries/<uuid:entry_id>/not-the-same/<uuid:other_entry_id>/",
        views.entry_reject,
        name="entry_reject",
    ),
    path(C + "entries/<uuid:entry_id>/unmerge/", views.entry_unmerge, name="entry_unmerge"),
    path(C + "entries/<uuid:entry_id>/people/", views.entry_people, name="entry_people"),
    path(C + "entries/add/", entries.entry_add, name="entry_add"),
    path(C + "entries/removed/", entries.entry_removed_list, name="entry_removed_list"),
    path(C + "entries/<uuid:entry_id>/", entries.entry_detail, name="entry_detail"),
    path(C + "entries/<uuid:entry_id>/correct/", entries.entry_correct, name="entry_correct"),
    path(C + "entries/<uuid:entry_id>/scope/", entries.entry_scope, name="entry_scope"),
    path(C + "entries/<uuid:entry_id>/remove/", entries.entry_remove, name="entry_remove"),
    path(C + "entries/<uuid:entry_id>/restore/", entries.entry_restore, name="entry_restore"),
]
