from django.urls import path

from casewindow.reviews import views

app_name = "reviews"
urlpatterns: list = [
    path("", views.dashboard, name="dashboard"),
    path("reviews/new/", views.review_create, name="review_create"),
]
review_urlpatterns: list = [
    path("", views.review_home, name="review_home"),
    path("edit/", views.review_edit, name="review_edit"),
    path("questions/add/", views.question_add, name="question_add"),
    path("questions/<uuid:question_id>/edit/", views.question_edit, name="question_edit"),
    path("questions/<uuid:question_id>/delete/", views.question_delete, name="question_delete"),
    path("agencies/", views.agency_list, name="agency_list"),
    path("agencies/add/", views.agency_add, name="agency_add"),
    path("agencies/<uuid:agency_id>/edit/", views.agency_edit, name="agency_edit"),
    path("agencies/<uuid:agency_id>/delete/", views.agency_delete, name="agency_delete"),
    path("people/", views.person_list, name="person_list"),
    path("people/add/", views.person_add, name="person_add"),
    path("people/<uuid:person_id>/", views.person_detail, name="person_detail"),
    path("people/<uuid:person_id>/edit/", views.person_edit, name="person_edit"),
    path("people/<uuid:person_id>/delete/", views.person_delete, name="person_delete"),
    path("members/", views.member_list, name="member_list"),
    path("members/add/", views.member_add, name="member_add"),
    path("members/<uuid:membership_id>/edit/", views.member_edit, name="member_edit"),
    path("members/<uuid:membership_id>/remove/", views.member_remove, name="member_remove"),
    path(
        "members/<uuid:membership_id>/invitation/",
        views.member_invitation_resend,
        name="member_invitation_resend",
    ),
]
