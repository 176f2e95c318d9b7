from django.urls import path

from casewindow.process.views import directory as directory_views
from casewindow.process.views import letters as letter_views
from casewindow.process.views import meetings as meeting_views
from casewindow.process.views import partnership as partnership_views
from casewindow.process.views import process as process_views
from casewindow.process.views import records as records_views
from casewindow.process.views import reminders as reminder_views
from casewindow.process.views import stages as stage_views

app_name = "process"
P = "accounts/partnerships/<uuid:partnership_id>/"
urlpatterns: list = [
    path(P + "home/", partnership_views.partnership_home, name="partnership_home"),
    path(
        P + "actions.csv", partnership_views.partnership_actions_csv, name="partnership_actions_csv"
    ),
    path(P + "closure-days/", partnership_views.closure_days, name="closure_days"),
    path(P + "logo/", partnership_views.partnership_logo, name="partnership_logo"),
    path(P + "security/", partnership_views.partnership_security, name="partnership_security"),
    path(
        P + "closure-days/<uuid:closure_id>/remove/",
        partnership_views.closure_day_remove,
        name="closure_day_remove",
    ),
]
urlpatterns += [
    path(P + "agencies/", directory_views.agency_directory, name="agency_directory"),
    path(
        P + "agencies/<uuid:directory_agency_id>/",
        directory_views.directory_agency_edit,
        name="directory_agency_edit",
    ),
]
urlpatterns += [
    path(P + "letters/", letter_views.letter_templates, name="letter_templates"),
    path(
        P + "letters/<slug:letter_kind>/",
        letter_views.letter_template_edit,
        name="letter_template_edit",
    ),
]
urlpatterns += [
    path(P + "process-templates/", process_views.process_templates, name="process_templates"),
    path(
        P + "process-templates/<slug:review_type>/",
        process_views.process_template_edit,
        name="process_template_edit",
    ),
]
urlpatterns += [
    path(P + "retention/", records_views.retention, name="retention"),
    path(
        P + "retention/<uuid:review_id>/",
        records_views.review_retention_edit,
        name="review_retention_edit",
    ),
    path(
        P + "retention/<uuid:review_id>/delete/",
        records_views.review_destroy,
        name="review_destroy",
    ),
]
urlpatterns += [
    path("calendar/", meeting_views.calendar_settings, name="calendar_settings"),
    path("reminders/", reminder_views.reminder_settings, name="reminder_settings"),
    path("calendar/<str:feed_token>.ics", meeting_views.calendar_feed, name="calendar_feed"),
]
M = "meetings/<uuid:meeting_id>/"
review_urlpatterns: list = [
    path("stage/", stage_views.review_stage, name="review_stage"),
    path("process/", process_views.review_process, name="review_process"),
    path("process/start/", process_views.review_process_start, name="review_process_start"),
    path("process/steps/<uuid:step_id>/", process_views.review_step_edit, name="review_step_edit"),
    path("delete/", records_views.review_delete, name="review_delete"),
    path("convert/", records_views.review_convert, name="review_convert"),
    path("letters/", letter_views.letters, name="letters"),
    path("letters/<uuid:letter_id>/sent/", letter_views.letter_mark_sent, name="letter_mark_sent"),
    path("meetings/", meeting_views.meeting_list, name="meeting_list"),
    path("meetings/new/", meeting_views.meeting_add, name="meeting_add"),
    path(M, meeting_views.meeting_detail, name="meeting_detail"),
    path(M + "edit/", meeting_views.meeting_edit, name="meeting_edit"),
    path(M + "actions/new/", meeting_views.meeting_action_add, name="meeting_action_add"),
    path(
        M + "actions/<uuid:meeting_action_id>/done/",
        meeting_views.meeting_action_done,
        name="meeting_action_done",
    ),
    path(
        "agencies/from-directory/",
        directory_views.agencies_from_directory,
        name="agencies_from_directory",
    ),
]
