"""Timing a page as the server sees it: median time and SQL queries of repeated GETs through
Django's test client (no network, no browser)."""

import statistics
import time

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def page_timing(client: Client, url: str, repeats: int = 15) -> tuple[float, int]:
    """(median milliseconds, SQL queries of the last request) for GET url."""
    times = []
    queries = 0
    for _ in range(repeats):
        with CaptureQueriesContext(connection) as ctx:
            started = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(ctx.captured_queries)
    return statistics.median(times), queries
