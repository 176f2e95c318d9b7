"""Conversations with practitioners: the team's pages, then the practitioner's own."""

from django.urls import path

from casewindow.evidence.views import conversations as views

C = "conversations/<uuid:conversation_id>/"
Q = "conversations/questions/<uuid:practitioner_question_id>/"
MINE = "my-conversations/<uuid:conversation_id>/"
urlpatterns: list = [
    path("conversations/", views.conversation_list, name="conversation_list"),
    path("conversations/add/", views.conversation_add, name="conversation_add"),
    path(C, views.conversation_detail, name="conversation_detail"),
    path(C + "edit/", views.conversation_edit, name="conversation_edit"),
    path(C + "share/", views.conversation_share, name="conversation_share"),
    path(C + "people/", views.conversation_people, name="conversation_people"),
    path(C + "questions/", views.conversation_questions_asked, name="conversation_questions_asked"),
    path(
        "conversations/practitioners/<uuid:practitioner_id>/questions/",
        views.practitioner_question_list,
        name="practitioner_question_list",
    ),
    path(
        "conversations/practitioners/<uuid:practitioner_id>/questions/add/",
        views.practitioner_question_add,
        name="practitioner_question_add",
    ),
    path(Q + "edit/", views.practitioner_question_edit, name="practitioner_question_edit"),
    path(Q + "delete/", views.practitioner_question_delete, name="practitioner_question_delete"),
    path("my-conversations/", views.my_conversation_list, name="my_conversation_list"),
    path(MINE, views.my_conversation_detail, name="my_conversation_detail"),
    path(MINE + "comment/", views.my_conversation_comment, name="my_conversation_comment"),
    path(MINE + "agree/", views.my_conversation_agree, name="my_conversation_agree"),
]
