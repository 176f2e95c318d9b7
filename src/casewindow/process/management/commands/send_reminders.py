"""`casewindow send_reminders`: send the reminder e-mails that are due now (the worker does this
on its schedule; this is for cron, or to see it happen)."""

from typing import Any

from django.core.management.base import BaseCommand

from casewindow.process.services.reminders import reminders_send


class Command(BaseCommand):
    help = "Send the reminder e-mails that are due (each is sent once, however often this runs)."

    def handle(self, *args: Any, **options: Any) -> None:
        sent = reminders_send()
        self.stdout.write(f"{sent} reminder{'' if sent == 1 else 's'} sent")
