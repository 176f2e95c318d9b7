"""The demo narrative loads through the services: sections in order over the case's periods,
agencies' perspectives, chronology links, a revised section, and report content."""

import pytest

from casewindow.analysis.selectors.narrative import narrative_sections
from casewindow.demo.loader import demo_load
from casewindow.demo.when import Y
from casewindow.reports.narrative import narrative_for_report

pytestmark = pytest.mark.django_db


def test_demo_narrative() -> None:
    review, _created = demo_load()
    rows = narrative_sections(review=review)
    sections = [row.section for row in rows]

    assert 4 <= len(sections) <= 5
    starts = [s.period_start for s in sections]
    assert starts == sorted(starts), "the sections follow the case in time"
    for row in rows:
        section = row.section
        assert 2 <= len(section.live_perspectives) <= 3
        assert row.links, f"“{section.title}” is linked to the chronology"
        assert all(
            section.period_start <= (link.date or section.period_start) <= section.period_end
            for link in row.links
        )
    assert any(link.kind == "event" for row in rows for link in row.links)
    revised = [s for s in sections if s.revisions.filter(note="Changed the section").exists()]
    assert len(revised) == 1
    authors = {r.saved_by.full_name for r in revised[0].revisions.all()}
    assert authors == {"Helen Marsh", "Dev Chaudhry"}
    report = narrative_for_report(review)
    assert [s.key for s in report] == [f"narrative-{s.uuid}" for s in sections]
    assert report[0].title == Y(
        "After the birth: low mood and the first referral (March to June 2024)"
    )
    assert any(b.kind == "list" for b in report[0].blocks)
    assert any(b.kind == "numbered" for s in report for b in s.blocks)
    headings = {b.text for s in report for b in s.blocks if b.kind == "heading"}
    assert "Health visiting service" in headings, "agencies are named by publication label"
