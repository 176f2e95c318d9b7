"""Analysis: key practice episodes and their contributory factors, findings, recommendations
and their actions, coded excerpts and the traceability map. Each write goes through the page's
form (its checks and messages) and the page's service (its audit event and optimistic locking).
Each module has its own router; `routers` lists them in the order the API adds them."""

from casewindow.api.views.analysis import (
    episodes,
    excerpts,
    findings,
    recommendations,
    traceability,
)

routers = [
    episodes.router,
    findings.router,
    recommendations.router,
    excerpts.router,
    traceability.router,
]
