from django.urls import path

from casewindow.analysis.views import excerpts as views

urlpatterns: list = [
    path("excerpts/", views.excerpt_list, name="excerpt_list"),
    path("excerpts/removed/", views.excerpt_removed, name="excerpt_removed"),
    path(
        "excerpts/code/document/<uuid:document_id>/<int:page_number>/",
        views.excerpt_code_document,
        name="excerpt_code_document",
    ),
    path(
        "excerpts/code/conversation/<uuid:conversation_id>/<str:section_key>/",
        views.excerpt_code_conversation,
        name="excerpt_code_conversation",
    ),
    path(
        "excerpts/code/entry/<uuid:entry_id>/",
        views.excerpt_code_entry,
        name="excerpt_code_entry",
    ),
    path("excerpts/<uuid:excerpt_id>/", views.excerpt_detail, name="excerpt_detail"),
    path("excerpts/<uuid:excerpt_id>/edit/", views.excerpt_edit, name="excerpt_edit"),
    path("excerpts/<uuid:excerpt_id>/remove/", views.excerpt_delete, name="excerpt_delete"),
    path("excerpts/<uuid:excerpt_id>/restore/", views.excerpt_restore, name="excerpt_restore"),
]
