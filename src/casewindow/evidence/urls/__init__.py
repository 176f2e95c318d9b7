"""Evidence URLs, all inside a review (casewindow.urls mounts them under reviews/<reference>/).
Each area keeps its routes in its own module so they can grow apart."""

from casewindow.evidence.urls.chronology import urlpatterns as chronology
from casewindow.evidence.urls.conversations import urlpatterns as conversations
from casewindow.evidence.urls.documents import urlpatterns as documents
from casewindow.evidence.urls.timeline import urlpatterns as timeline

app_name = "evidence"
urlpatterns: list = []
review_urlpatterns = [*chronology, *timeline, *documents, *conversations]
