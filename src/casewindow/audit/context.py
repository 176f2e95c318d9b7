"""Where the current action comes from (address, browser, path), set once per request by
middleware so that services can record it without being handed the request."""

from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class AuditContext:
    ip_address: str | None = None
    user_agent: str = ""
    path: str = ""


COMMAND_LINE = AuditContext(user_agent="command line")
current_context: ContextVar[AuditContext] = ContextVar("audit_context", default=COMMAND_LINE)
