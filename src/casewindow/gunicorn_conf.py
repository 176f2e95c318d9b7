"""gunicorn's settings for Casewindow, read from the environment like the app's own:

    gunicorn -c python:casewindow.gunicorn_conf casewindow.wsgi

WEB_CONCURRENCY   worker processes (default: 2 per CPU core + 1, at most 8)
WEB_BIND          address to listen on (default 127.0.0.1:8000: put a TLS proxy in front)
WEB_TIMEOUT       seconds a request may take before its worker is restarted (default 120:
                  uploads of large documents; reports are rendered by the job worker instead)
"""

import os

_cores = os.cpu_count() or 1

wsgi_app = "casewindow.wsgi:application"
bind = os.environ.get("WEB_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", min(2 * _cores + 1, 8)))
# Sync workers: each request holds one process, and the app does its slow work (extraction,
# rendering, imports) in the job worker, so requests stay short.
worker_class = "sync"
timeout = int(os.environ.get("WEB_TIMEOUT", 120))
graceful_timeout = 30
# Restart each worker now and then, so memory a large request left behind is given back.
max_requests = 2000
max_requests_jitter = 200
# Only the proxy in front may say the request came over HTTPS (BEHIND_TLS_PROXY in settings).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
# The access log must not carry what is in query strings (search terms may name a child).
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
