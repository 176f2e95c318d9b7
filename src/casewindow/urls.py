"""The project's URLs. Every page inside a review lives under one prefix, mounted here once:
each app's `review_urlpatterns` are relative to `reviews/<reference>/`, its `urlpatterns` (if
any) are not. Each app keeps its own namespace, so `{% url "evidence:document_list" … %}` is
unchanged."""

from types import ModuleType

from django.urls import URLPattern, URLResolver, include, path

from casewindow.analysis import urls as analysis
from casewindow.anonymisation import urls as anonymisation
from casewindow.api import urls as api
from casewindow.api.views import v1 as api_v1
from casewindow.drafts import urls as drafts
from casewindow.evidence import urls as evidence
from casewindow.interchange import urls as interchange
from casewindow.jobs import urls as jobs
from casewindow.language import urls as language
from casewindow.learning import urls as learning
from casewindow.process import urls as process
from casewindow.reports import urls as reports
from casewindow.reviews import urls as reviews
from casewindow.reviews.urls import audit_log

REVIEW = "reviews/<str:reference>/"


def _app(module: ModuleType, *, also: list[URLPattern] | None = None) -> URLResolver:
    """One app's URLs in its namespace: its own, then its pages inside a review under REVIEW,
    then `also`: pages a later app serves in this namespace (an earlier app cannot import it)."""
    review_patterns = [*module.review_urlpatterns, *(also or [])]
    patterns = [*module.urlpatterns, path(REVIEW, include(review_patterns))]
    return path("", include((patterns, module.app_name)))


urlpatterns = [
    path("api/v1/", api_v1.urls()),
    _app(api),
    path("accounts/", include("casewindow.accounts.urls")),
    *(
        _app(app, also=jobs.report_review_urlpatterns if app is reports else None)
        for app in (
            audit_log,
            evidence,
            analysis,
            reports,
            drafts,
            anonymisation,
            language,
            process,
            learning,
            interchange,
        )
    ),
    # Last: "reviews/new/" must be tried before the review mount reads "new" as a reference.
    _app(reviews),
]

handler403 = "casewindow.errors.permission_denied"
handler404 = "casewindow.errors.page_not_found"
handler500 = "casewindow.errors.server_error"
