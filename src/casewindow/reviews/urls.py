from django.urls import path

from casewindow.reviews import views

app_name = "reviews"
R = "reviews/<str:reference>/"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("reviews/new/", views.review_create, name="review_create"),
    path(R, views.review_home, name="review_home"),
    path(R + "edit/", views.review_edit, name="review_edit"),
    path(R + "stage/", views.review_stage, name="review_stage"),
    path(R + "questions/add/", views.question_add, name="question_add"),
    path(R + "questions/<uuid:question_id>/edit/", views.question_edit, name="question_edit"),
    path(R + "questions/<uuid:question_id>/delete/", views.question_delete, name="question_delete"),
    path(R + "agencies/", views.agency_list, name="agency_list"),
    path(R + "agencies/add/", views.agency_add, name="agency_add"),
    path(R + "agencies/<uuid:agency_id>/edit/", views.agency_edit, name="agency_edit"),
    path(R + "agencies/<uuid:agency_id>/delete/", views.agency_delete, name="agency_delete"),
    path(R + "people/", views.person_list, name="person_list"),
    path(R + "people/add/", views.person_add, name="person_add"),
    path(R + "people/<uuid:person_id>/", views.person_detail, name="person_detail"),
    path(R + "people/<uuid:person_id>/edit/", views.person_edit, name="person_edit"),
    path(R + "people/<uuid:person_id>/delete/", views.person_delete, name="person_delete"),
    path(R + "members/", views.member_list, name="member_list"),
    path(R + "members/add/", views.member_add, name="member_add"),
    path(R + "members/<uuid:membership_id>/edit/", views.member_edit, name="member_edit"),
    path(R + "members/<uuid:membership_id>/remove/", views.member_remove, name="member_remove"),
]
