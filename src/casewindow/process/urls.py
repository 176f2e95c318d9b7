from django.urls import path

from casewindow.process.views import directory as directory_views
from casewindow.process.views import partnership as partnership_views

app_name = "process"
P = "accounts/partnerships/<uuid:partnership_id>/"
urlpatterns: list = [
    path(P + "home/", partnership_views.partnership_home, name="partnership_home"),
    path(
        P + "actions.csv", partnership_views.partnership_actions_csv, name="partnership_actions_csv"
    ),
    path(P + "closure-days/", partnership_views.closure_days, name="closure_days"),
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
review_urlpatterns: list = [
    path(
        "agencies/from-directory/",
        directory_views.agencies_from_directory,
        name="agencies_from_directory",
    ),
]
