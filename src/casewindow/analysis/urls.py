"""Analysis URLs. Each area keeps its routes in its own module."""

from casewindow.analysis.urls_agreement import urlpatterns as agreement
from casewindow.analysis.urls_episodes import urlpatterns as episodes
from casewindow.analysis.urls_excerpts import urlpatterns as excerpts
from casewindow.analysis.urls_findings import urlpatterns as findings
from casewindow.analysis.urls_narrative import urlpatterns as narrative
from casewindow.analysis.urls_traceability import urlpatterns as traceability

app_name = "analysis"
urlpatterns = [*episodes, *findings, *excerpts, *traceability, *agreement, *narrative]
