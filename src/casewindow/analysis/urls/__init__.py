"""Analysis URLs, all inside a review (casewindow.urls mounts them under reviews/<reference>/).
Each area keeps its routes in its own module."""

from casewindow.analysis.urls.agreement import urlpatterns as agreement
from casewindow.analysis.urls.episodes import urlpatterns as episodes
from casewindow.analysis.urls.excerpts import urlpatterns as excerpts
from casewindow.analysis.urls.findings import urlpatterns as findings
from casewindow.analysis.urls.narrative import urlpatterns as narrative
from casewindow.analysis.urls.recommendations import urlpatterns as recommendations
from casewindow.analysis.urls.traceability import urlpatterns as traceability

app_name = "analysis"
urlpatterns: list = []
review_urlpatterns = [
    *episodes,
    *findings,
    *recommendations,
    *excerpts,
    *traceability,
    *agreement,
    *narrative,
]
