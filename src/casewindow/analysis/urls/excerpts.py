from django.urls import path

from casewindow.analysis.views import excerpts as views

R = "reviews/<str:reference>/"
urlpatterns: list = [
    path(f"{R}excerpts/", views.excerpt_list, name="excerpt_list"),
    path(f"{R}excerpts/removed/", views.excerpt_removed, name="excerpt_removed"),
    path(
        f"{R}excerpts/code/document/<uuid:document_id>/<int:page_number>/",
        views.excerpt_code_document,
        name="excerpt_code_document",
    ),
    path(
        f"{R}excerpts/code/conversation/<uuid:conversation_id>/<str:section_key>/",
        views.excerpt_code_conversation,
        name="excerpt_code_conversation",
    ),
    path(
        f"{R}excerpts/code/entry/<uuid:entry_id>/",
        views.excerpt_code_entry,
        name="excerpt_code_entry",
    ),
    path(f"{R}excerpts/<uuid:excerpt_id>/", views.excerpt_detail, name="excerpt_detail"),
    path(f"{R}excerpts/<uuid:excerpt_id>/edit/", views.excerpt_edit, name="excerpt_edit"),
    path(f"{R}excerpts/<uuid:excerpt_id>/remove/", views.excerpt_delete, name="excerpt_delete"),
    path(f"{R}excerpts/<uuid:excerpt_id>/restore/", views.excerpt_restore, name="excerpt_restore"),
]
