"""Drafts of the report: the review team's pages, then a recipient's own."""

from django.urls import path

from casewindow.drafts import views

app_name = "drafts"

D = "drafts/<uuid:draft_id>/"
MINE = "drafts-shared-with-you/"
urlpatterns: list = []
review_urlpatterns: list = [
    path("drafts/", views.draft_list, name="draft_list"),
    path("drafts/new/", views.draft_create, name="draft_create"),
    path("drafts/compare/", views.draft_compare, name="draft_compare"),
    path(D, views.draft_detail, name="draft_detail"),
    path(D + "share/", views.draft_share, name="draft_share"),
    path(D + "export/", views.draft_export, name="draft_export"),
    path(D + "recipients/<uuid:share_id>/remove/", views.draft_unshare, name="draft_unshare"),
    path(D + "comments/<uuid:comment_id>/respond/", views.comment_respond, name="comment_respond"),
    path(MINE, views.shared_draft_list, name="shared_draft_list"),
    path(MINE + "<uuid:draft_id>/", views.shared_draft_detail, name="shared_draft_detail"),
    path(
        MINE + "<uuid:draft_id>/comment/", views.shared_draft_comment, name="shared_draft_comment"
    ),
    path(
        MINE + "<uuid:draft_id>/comments/<uuid:comment_id>/reply/",
        views.shared_comment_reply,
        name="shared_comment_reply",
    ),
]
