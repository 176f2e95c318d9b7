"""How an annual report's row follows its background job when a dead worker's job is run again
or given up (the jobs app's recovery). Kept apart from `annual.py` so that registering it at
start-up loads no renderer (WeasyPrint, python-docx) into every process."""

from casewindow.jobs.kinds import Arguments
from casewindow.learning.models import AnnualReportFile

TASK = "casewindow.learning.tasks.annual_report_make"


def annual_file_requeued(arguments: Arguments) -> None:
    AnnualReportFile.requeued(arguments["file_id"])


def annual_file_failed(arguments: Arguments, message: str) -> None:
    AnnualReportFile.given_up(arguments["file_id"], message)
