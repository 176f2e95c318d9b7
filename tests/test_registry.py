"""Later apps hand earlier ones what their pages show at start-up (casewindow/registry.py), so
imports run one way along the pipeline. These pin that every provider is in place."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from casewindow.analysis import panels as analysis_panels
from casewindow.anonymisation.scans import source_choices
from casewindow.anonymisation.services import PublicationBlocked, publication_export
from casewindow.drafts.views.panels import dashboard_drafts
from casewindow.evidence import hooks as evidence_hooks
from casewindow.evidence.views.panels import dashboard_notes_to_agree
from casewindow.jobs.retry import extraction_abandon
from casewindow.language.selectors import ReportWordingCheck
from casewindow.learning.views.panels import (
    episode_seen_before_panel,
    finding_seen_before_panel,
    pattern_area_suggestions,
)
from casewindow.process.views.panels import dashboard_meetings, review_home_process
from casewindow.registry import Registry, Slot
from casewindow.reports import hooks as report_hooks
from casewindow.reviews import panels


def test_a_slot_gives_its_one_provider_and_refuses_a_second() -> None:
    slot: Slot[object] = Slot("a thing")
    with pytest.raises(ImproperlyConfigured, match="Nothing provides a thing"):
        slot.get()
    slot.provide(len)
    slot.provide(len)  # the same one again (an app made ready twice) is harmless
    assert slot.get() is len
    with pytest.raises(ImproperlyConfigured, match="already provided"):
        slot.provide(str)


def test_a_registry_keeps_each_provider_once_in_order() -> None:
    registry: Registry[object] = Registry("things")
    registry.register(len)
    registry.register(str)
    registry.register(len)
    assert list(registry) == [len, str]
    assert str in registry


def test_the_dashboard_and_review_home_panels_come_from_the_later_apps() -> None:
    assert list(panels.dashboard_panels) == [
        dashboard_notes_to_agree,
        dashboard_drafts,
        dashboard_meetings,
    ]
    assert list(panels.review_home_panels) == [review_home_process]


def test_reports_is_handed_the_language_check_and_the_publication_export() -> None:
    assert report_hooks.wording_check.get() is ReportWordingCheck
    assert report_hooks.publication_sources.get() is source_choices
    assert report_hooks.publication_export.get() is publication_export
    # One exception class, whichever side names it.
    assert PublicationBlocked is report_hooks.PublicationBlocked


def test_a_document_read_again_gives_up_the_stale_reading_first() -> None:
    assert list(evidence_hooks.before_extract_again) == [extraction_abandon]


def test_the_analysis_pages_are_handed_seen_before_and_the_pattern_suggestion() -> None:
    assert list(analysis_panels.finding_panels) == [finding_seen_before_panel]
    assert list(analysis_panels.episode_panels) == [episode_seen_before_panel]
    assert analysis_panels.pattern_area_suggester.get() is pattern_area_suggestions
