from django.urls import include, path

urlpatterns = [
    path("accounts/", include("casewindow.accounts.urls")),
    path("", include("casewindow.audit.urls")),
    path("", include("casewindow.evidence.urls")),
    path("", include("casewindow.analysis.urls")),
    path("", include("casewindow.reports.urls")),
    path("", include("casewindow.drafts.urls")),
    path("", include("casewindow.anonymisation.urls")),
    path("", include("casewindow.language.urls")),
    path("", include("casewindow.reviews.urls")),
]

handler403 = "casewindow.errors.permission_denied"
handler404 = "casewindow.errors.page_not_found"
handler500 = "casewindow.errors.server_error"
