from django.urls import path

from casewindow.learning.views import annual as annual_views
from casewindow.learning.views import compare as compare_views
from casewindow.learning.views import national as national_views
from casewindow.learning.views import patterns as pattern_views
from casewindow.learning.views import repository as repository_views
from casewindow.learning.views import search as search_views
from casewindow.learning.views import seen_before as seen_views

app_name = "learning"
P = "accounts/partnerships/<uuid:partnership_id>/learning/"
urlpatterns: list = [
    path(P, repository_views.repository, name="repository"),
    path(P + "search/", search_views.search, name="search"),
    path(P + "patterns/", pattern_views.patterns, name="patterns"),
    path(P + "patterns/<slug:chart>.csv", pattern_views.patterns_csv, name="patterns_csv"),
    path(P + "compare/", compare_views.compare, name="compare"),
    path(P + "annual-report/", annual_views.annual_report, name="annual_report"),
    path(
        P + "annual-report/<uuid:file_id>/",
        annual_views.annual_report_status,
        name="annual_report_status",
    ),
    path(
        P + "annual-report/<uuid:file_id>/download/",
        annual_views.annual_report_download,
        name="annual_report_download",
    ),
    path(P + "national/", national_views.national_reviews, name="national_reviews"),
    path(P + "national/import/", national_views.national_import, name="national_import"),
]
review_urlpatterns: list = [
    path("learning/release/", repository_views.release, name="release"),
    path(
        "learning/seen-before/findings/<uuid:finding_id>/",
        seen_views.finding_seen_before,
        name="finding_seen_before",
    ),
    path(
        "learning/seen-before/episodes/<uuid:episode_id>/",
        seen_views.episode_seen_before,
        name="episode_seen_before",
    ),
]
