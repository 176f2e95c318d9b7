"""Evidence URLs. Each area keeps its routes in its own module so they can grow apart."""

from casewindow.evidence.urls_chronology import urlpatterns as chronology
from casewindow.evidence.urls_conversations import urlpatterns as conversations
from casewindow.evidence.urls_documents import urlpatterns as documents
from casewindow.evidence.urls_timeline import urlpatterns as timeline

app_name = "evidence"
urlpatterns = [*chronology, *timeline, *documents, *conversations]
