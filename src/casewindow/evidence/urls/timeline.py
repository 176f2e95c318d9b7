"""The integrated multi-agency chronology, its timeline picture, and merging entries into events."""

from django.urls import path

from casewindow.evidence.views import timeline as views

C = "chronology/"
urlpatterns: list = [
    path(C, views.chronology, name="chronology"),
    path(C + "timeline/", views.timeline, name="timeline"),
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
]
