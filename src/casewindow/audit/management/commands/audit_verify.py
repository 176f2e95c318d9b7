"""`casewindow audit_verify`: check the audit log's hash chain; exit 1 at the first break."""

import time

from django.core.management.base import BaseCommand, CommandError

from casewindow.audit.integrity import audit_chain_verify


class Command(BaseCommand):
    help = (
        "Check that no audit event has been changed, removed or inserted since it was written "
        "(the hash chain). Exits non-zero and names the first break."
    )

    def handle(self, *args: object, **options: object) -> None:
        started = time.perf_counter()
        report = audit_chain_verify()
        seconds = time.perf_counter() - started
        if report.first_break is not None:
            where = (
                f"at event {report.first_break.event_id}"
                if report.first_break.event_id is not None
                else "after the last event"
            )
            raise CommandError(
                f"Audit log broken {where}: {report.first_break.reason}. "
                f"{report.checked} events before it are intact."
            )
        self.stdout.write(f"Audit log intact: {report.checked} events checked in {seconds:.1f} s.")
