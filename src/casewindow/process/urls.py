from django.urls import path

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
review_urlpatterns: list = []
