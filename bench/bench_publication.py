"""The publication version of the full demo review (NSCP-2025-03, "Child J", as `load_demo`
makes it, with its two unresolved candidates then decided): assembling the report, scanning it
(the gate), anonymising it, rendering DOCX and PDF, and the check of each rendered file — the
path `anonymisation.services.publication_export` and the render task take. The first run of the
scan loads the spaCy model and fills the detector's per-process cache; the medians are the warm
figures a worker sees after its first export. No targets: the figures say how long a reviewer
waits for the publication version.

The publication check page itself never runs the detector: a background scan
(`anonymisation.scans`, the task `publication_scan_run`) stores the detector's spans and the
page re-applies the register and the decisions to them. Measured here too: the scan job, the
page with a finished scan (target: well under 300 ms), reflecting a decision (record it, then
load the page), and the gate once a scan of the same texts is stored."""

import statistics
import time

REPEATS = 3


def _timed(function, repeats: int = REPEATS) -> tuple[float, float, object]:
    """(first run, median of the runs, last result)."""
    times = []
    result = None
    for _ in range(repeats):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return times[0], statistics.median(times), result


def run() -> list[dict]:
    import io

    from django.contrib.auth import get_user_model
    from pypdf import PdfReader

    from casewindow.anonymisation.services import (
        PUBLICATION_VERSION,
        anonymise,
        decision_record,
        publication_blockers,
        scan_rendered_file,
    )
    from casewindow.demo.loader import demo_load
    from casewindow.reports.assembly import build_report
    from casewindow.reports.rendering import render_docx, render_pdf

    review, _created = demo_load()
    lead = get_user_model().objects.get(email="lead@demo.casewindow.test")
    decision_record(
        review=review,
        actor=lead,
        text="Northbridge General Hospital",
        category="ORGANISATION",
        decision="replace",
        replacement="[hospital]",
    )
    decision_record(
        review=review,
        actor=lead,
        text="Northbridge",
        category="OTHER",
        decision="keep",
        reason="The partnership area; it names no one.",
    )

    assemble_first, assemble_s, content = _timed(
        lambda: build_report(review, status=PUBLICATION_VERSION)
    )
    scan_first, scan_s, blockers = _timed(lambda: publication_blockers(review, content))
    assert not blockers, blockers
    from casewindow.anonymisation.detection import engine

    def cold_scan() -> object:
        engine._CACHE.clear()  # the model stays loaded; every text is analysed again
        return publication_blockers(review, content)

    _cold_first, cold_s, _ = _timed(cold_scan)
    anonymise_first, anonymise_s, published = _timed(lambda: anonymise(review, content))
    docx_first, docx_s, docx = _timed(lambda: render_docx(published))
    docx_check_first, docx_check_s, docx_hits = _timed(
        lambda: scan_rendered_file(review, docx, "docx")
    )
    pdf_first, pdf_s, pdf = _timed(lambda: render_pdf(published))
    pdf_check_first, pdf_check_s, pdf_hits = _timed(lambda: scan_rendered_file(review, pdf, "pdf"))
    pages = len(PdfReader(io.BytesIO(pdf)).pages)

    # --- the publication check page and its background scan ---------------------------
    from django.test import Client
    from django.urls import reverse
    from pages import page_timing

    from casewindow.anonymisation import scans

    def scan_job() -> object:
        engine._CACHE.clear()  # the texts are new to the detector, as after an edit
        return scans.scan_request(review=review, source="report")  # at once under tests

    scan_job_first, scan_job_s, scan = _timed(scan_job)
    assert scan.status == "done", scan.error
    client = Client()
    client.force_login(lead)
    check_url = reverse("anonymisation:publication_check", args=[review.reference])
    page_ms, page_queries = page_timing(client, check_url)
    decide_url = reverse("anonymisation:decide", args=[review.reference])
    page = client.get(check_url).content.decode()
    import re as _re

    prefix = _re.search(
        r'name="form_prefix" value="(c\d+)">\s*<input type="hidden" name="source" value="report">'
        r'\s*<input type="hidden" name="(c\d+)-text" value="Northbridge"',
        page,
    )
    assert prefix, "the Northbridge decision form is on the page"
    key = prefix.group(1)
    reflect = []
    for n in range(5):
        started = time.perf_counter()
        posted = client.post(
            decide_url,
            {
                "form_prefix": key,
                "source": "report",
                f"{key}-text": "Northbridge",
                f"{key}-category": "OTHER",
                f"{key}-decision": "keep",
                f"{key}-reason": f"The partnership area; it names no one ({n}).",
            },
        )
        shown = client.get(check_url)
        reflect.append((time.perf_counter() - started) * 1000)
        assert posted.status_code == 302 and shown.status_code == 200
    reflect_ms = statistics.median(reflect)

    def gate_with_stored_scan() -> object:
        engine._CACHE.clear()  # only the stored scan can spare the model
        return publication_blockers(review, content)

    _gate_first, gate_stored_s, _ = _timed(gate_with_stored_scan)
    strings = sum(1 for _ in content.strings())
    # End to end with the scan of texts the detector has not seen (the honest case after an edit).
    docx_total = assemble_s + cold_s + anonymise_s + docx_s + docx_check_s
    pdf_total = assemble_s + cold_s + anonymise_s + pdf_s + pdf_check_s
    return [
        {
            "name": "assemble the report (median)",
            "value": assemble_s,
            "unit": "s",
            "note": f"first run {assemble_first:.2f} s; {strings} strings",
        },
        {
            "name": "scan for unresolved candidates (median)",
            "value": scan_s,
            "unit": "s",
            "note": f"first run {scan_first:.2f} s (model load and cold cache)",
        },
        {
            "name": "scan with the model loaded, texts not seen before (median)",
            "value": cold_s,
            "unit": "s",
            "note": "after a change to the report, before the detector's cache has the texts",
        },
        {
            "name": "anonymise (scan + every replacement, median)",
            "value": anonymise_s,
            "unit": "s",
            "note": f"first run {anonymise_first:.2f} s",
        },
        {
            "name": "render the publication DOCX (median)",
            "value": docx_s,
            "unit": "s",
            "note": f"first run {docx_first:.2f} s; {len(docx):,} bytes",
        },
        {
            "name": "check the rendered DOCX (median)",
            "value": docx_check_s,
            "unit": "s",
            "note": f"first run {docx_check_first:.2f} s; {len(docx_hits)} hits",
        },
        {
            "name": "render the publication PDF (median)",
            "value": pdf_s,
            "unit": "s",
            "note": f"first run {pdf_first:.2f} s; {pages} pages, {len(pdf):,} bytes",
        },
        {
            "name": "check the rendered PDF (median)",
            "value": pdf_check_s,
            "unit": "s",
            "note": f"first run {pdf_check_first:.2f} s; {len(pdf_hits)} hits",
        },
        {
            "name": "publication check: background scan job (median)",
            "value": scan_job_s,
            "unit": "s",
            "note": f"first run {scan_job_first:.2f} s; texts not seen before, model loaded",
        },
        {
            "name": "publication check page, scan finished (median)",
            "value": page_ms,
            "unit": "ms",
            "target": 300,
            "note": f"{page_queries} queries; decisions applied to the stored spans, no model",
        },
        {
            "name": "record a decision and show the page again (median)",
            "value": reflect_ms,
            "unit": "ms",
            "note": "POST decide + GET publication check; no new scan",
        },
        {
            "name": "gate with a stored scan of the same texts (median)",
            "value": gate_stored_s,
            "unit": "s",
            "note": "publication_blockers, detector cache cleared: stored spans reused",
        },
        {
            "name": "publication DOCX end to end, unseen texts (sum of medians)",
            "value": docx_total,
            "unit": "s",
        },
        {
            "name": "publication PDF end to end, unseen texts (sum of medians)",
            "value": pdf_total,
            "unit": "s",
        },
    ]
