"""Recommendations, their actions and the action plan."""

from django.urls import path

from casewindow.analysis.views import recommendations

REC = "recommendations/<uuid:recommendation_id>/"
A = "actions/<uuid:action_id>/"
urlpatterns: list = [
    path("recommendations/", recommendations.recommendation_list, name="recommendation_list"),
    path(
        "recommendations/add/",
        recommendations.recommendation_add,
        name="recommendation_add",
    ),
    path(
        "recommendations/removed/",
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
    path("action-plan/", recommendations.action_plan_view, name="action_plan"),
]
