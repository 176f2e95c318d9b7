from django.urls import path

from casewindow.language import views

app_name = "language"
C = "language-check/"
PR = "accounts/partnerships/<uuid:partnership_id>/language-rules/"
urlpatterns: list = [
    path(PR, views.partnership_rules, name="partnership_rules"),
    path(PR + "add/", views.partnership_rule_add, name="partnership_rule_add"),
    path(
        PR + "<uuid:language_rule_id>/edit/",
        views.partnership_rule_edit,
        name="partnership_rule_edit",
    ),
    path(PR + "shipped/<slug:rule_key>/", views.shipped_rule_switch, name="shipped_rule_switch"),
]
review_urlpatterns: list = [
    path(C, views.review_check, name="review_check"),
    path(C + "dismiss/", views.flag_dismiss, name="flag_dismiss"),
    path(
        C + "dismissals/<uuid:dismissal_id>/withdraw/",
        views.dismissal_withdraw,
        name="dismissal_withdraw",
    ),
    path("drafts/<uuid:draft_id>/" + C, views.draft_check, name="draft_check"),
    path("report/" + C, views.report_check, name="report_check"),
]
