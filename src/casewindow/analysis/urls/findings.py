from django.urls import path

from casewindow.analysis.views import findings

F = "findings/<uuid:finding_id>/"
urlpatterns: list = [
    path("findings/", findings.finding_list, name="finding_list"),
    path("findings/add/", findings.finding_add, name="finding_add"),
    path("findings/removed/", findings.finding_removed_list, name="removed_findings"),
    path(F, findings.finding_detail, name="finding_detail"),
    path(F + "edit/", findings.finding_edit, name="finding_edit"),
    path(F + "remove/", findings.finding_delete, name="finding_delete"),
    path(F + "restore/", findings.finding_restore, name="finding_restore"),
]
