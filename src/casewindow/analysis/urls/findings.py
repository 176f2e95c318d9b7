from django.urls import path

from casewindow.analysis.views import findings, recommendations

R = "reviews/<str:reference>/"
F = R + "findings/<uuid:finding_id>/"
REC = R + "recommendations/<uuid:recommendation_id>/"
A = R + "actions/<uuid:action_id>/"
urlpatterns: list = [
    path(R + "findings/", findings.finding_list, name="finding_list"),
    path(R + "findings/add/", findings.finding_add, name="finding_add"),
    path(R + "findings/removed/", findings.finding_removed_list, name="removed_findings"),
    path(F, findings.finding_detail, name="finding_detail"),
    path(F + "edit/", findings.finding_edit, name="finding_edit"),
    path(F + "remove/", findings.finding_delete, name="finding_delete"),
    path(F + "restore/", findings.finding_restore, name="finding_restore"),
    path(R + "recommendations/", recommendations.recommendation_list, name="recommendation_list"),
    path(
        R + "recommendations/add/",
        recommendations.recommendation_add,
        name="recommendation_add",
    ),
    path(
        R + "recommendations/removed/",
        recommendations.recommendation_removed_list,
        name="removed_recommendations",
    ),
    path(REC, recommendations.recommendation_detail, name="recommendation_detail"),
    path(REC + "edit/", recommendations.recommendation_edit, name="recommendation_edit"),
    path(REC + "remove/", recommendations.recommendation_delete, name="recommendation_delete"),
    path(REC + "restore/", recommendations.recommendation_restore, name="recommendation_restore"),
    path(REC + "actions/add/", recommendations.action_add, name="action_add"),
    path(A + "edit/", recommendations.action_edit, name="action_edit"),
    path(A + "progress/", recommendations.action_progress, name="action_progress"),
    path(A + "remove/", recommendations.action_delete, name="action_delete"),
    path(A + "restore/", recommendations.action_restore, name="action_restore"),
    path(R + "action-plan/", recommendations.action_plan_view, name="action_plan"),
]
