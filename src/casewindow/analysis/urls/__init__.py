"""Analysis URLs. Each area keeps its routes in its own module."""

from casewindow.analysis.urls.agreement import urlpatterns as agreement
from casewindow.analysis.urls.episodes import urlpatterns as episodes
from casewindow.analysis.urls.excerpts import urlpatterns as excerpts
from casewindow.analysis.urls.findings import urlpatterns as findings
from casewindow.analysis.urls.narrative import urlpatterns as narrative
from casewindow.analysis.urls.traceability import urlpatterns as traceability

app_name = "analysis"
urlpatterns = [*episodes, *findings, *excerpts, *traceability, *agreement, *narrative]
