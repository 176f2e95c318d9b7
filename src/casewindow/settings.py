"""Casewindow settings. Every value that differs between machines comes from the environment
through the small helpers below, which fail loudly on a value they cannot read.
`.env.example` documents each variable."""

import os
import sys
import tempfile
import warnings
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

SRC_DIR = Path(__file__).resolve().parent
BASE_DIR = SRC_DIR.parent.parent  # the repository (or deployment) root


def envstr(name: str, default: str) -> str:
    return os.environ.get(name, default)


def envbool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def envint(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def envlist(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [part.strip() for part in value.split(",") if part.strip()]


TESTING = "pytest" in sys.modules or envbool("CASEWINDOW_TESTING", False)
DEBUG = envbool("DEBUG", False)

VAR_DIR = Path(envstr("CASEWINDOW_VAR_DIR", str(BASE_DIR / "var")))
# The embedded database, the secret key and uploaded files live here: made on first start.
VAR_DIR.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    """SECRET_KEY from the environment; otherwise a random key made once for this machine and
    kept in var/secret_key (readable by the owner only), so a fresh install is never left
    with a key anyone could know."""
    key = os.environ.get("SECRET_KEY", "")
    if key:
        if len(key) < 32:
            raise ImproperlyConfigured("SECRET_KEY must be at least 32 characters long")
        return key
    key_file = VAR_DIR / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    from django.utils.crypto import get_random_string

    VAR_DIR.mkdir(parents=True, exist_ok=True)
    key = get_random_string(64)
    key_file.touch(mode=0o600)
    key_file.write_text(key)
    return key


SECRET_KEY = _secret_key()

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG or TESTING else [])
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "django_htmx",
    "template_partials",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "casewindow.accounts",
    "casewindow.reviews",
    "casewindow.audit",
    "casewindow.evidence",
    "casewindow.analysis",
    "casewindow.reports",
    "casewindow.drafts",
    "casewindow.anonymisation",
    "casewindow.language",
    "casewindow.jobs",
    "casewindow.operations",  # no tables: `casewindow backup` and `restore`
    "casewindow.process",
    "casewindow.learning",
    "casewindow.interchange",  # whole-review export and import
    "casewindow.demo",  # no tables: the `load_demo` command
    "casewindow.api",  # the REST API and personal access tokens (docs/api.md)
    "ninja",  # its Swagger UI templates and static files, so the API's docs load nothing from a CDN
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "casewindow.accounts.middleware.NoStoreMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "casewindow.accounts.middleware.SessionIdleMiddleware",
    "casewindow.accounts.middleware.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "casewindow.audit.middleware.AuditContextMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "casewindow.urls"
WSGI_APPLICATION = "casewindow.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SRC_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
            "builtins": ["template_partials.templatetags.partials"],
            # GOV.UK components as tags (casewindow/templatetags/govuk.py): {% load govuk %}
            "libraries": {"govuk": "casewindow.templatetags.govuk"},
        },
    }
]
FORM_RENDERER = "casewindow.forms.GovukFormRenderer"

DATABASES = {
    "default": dj_database_url.parse(
        envstr("DATABASE_URL", f"sqlite:///{VAR_DIR / 'casewindow.sqlite3'}"),
        conn_max_age=envint("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
    )
    # The test database is a file, not SQLite's shared in-memory database: there the live
    # server of the browser tests and the test itself share one connection, and a background
    # task writing while a page is served fails with "database table is locked". A file gives
    # each thread its own connection, and SQLite's busy timeout makes a writer wait its turn.
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.gettempdir()) / f"casewindow-test-{os.getpid()}.sqlite3")
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Argon2id at OWASP's parameters (see accounts/hashers.py); the others only verify passwords
# stored before, which are re-hashed with Argon2id at their owner's next sign-in.
PASSWORD_HASHERS = [
    "casewindow.accounts.hashers.Argon2idHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
if TESTING:
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher", *PASSWORD_HASHERS]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "reviews:dashboard"
LOGOUT_REDIRECT_URL = "accounts:signed_out"

# Repeated wrong passwords lock the account (for that address) for a while.
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=envint("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_FORM_FIELD = "username"
AXES_VERBOSE = False
# Failed sign-ins from one address, whatever the account, before that address is refused for
# AXES_COOLOFF_MINUTES (audit/throttle.py): stops one password being tried on many accounts.
CASEWINDOW_SIGN_IN_IP_FAILURE_LIMIT = envint("SIGN_IN_IP_FAILURE_LIMIT", 20)
# Invitations one user may send in an hour (each e-mails someone).
CASEWINDOW_INVITATIONS_PER_HOUR = envint("INVITATIONS_PER_HOUR", 20)

# Two-factor sign-in: the name authenticator apps show next to the code.
OTP_TOTP_ISSUER = envstr("OTP_TOTP_ISSUER", "Casewindow")

EMAIL_BACKEND = envstr("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = envstr("DEFAULT_FROM_EMAIL", "casewindow@localhost")
EMAIL_HOST = envstr("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 25)
# An authenticated relay (docs/deploy.md): user and password, and STARTTLS or implicit TLS.
EMAIL_HOST_USER = envstr("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = envstr("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = envbool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = envint("EMAIL_TIMEOUT", 30)
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured(
        "Set EMAIL_USE_TLS (STARTTLS) or EMAIL_USE_SSL (implicit TLS), not both"
    )

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = False
USE_TZ = True
# Our own en-GB formats (GOV.UK style: 1 March 2024); the locale's would override settings.
FORMAT_MODULE_PATH = ["casewindow.formats"]
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "j M Y"
DATETIME_FORMAT = "j F Y, H:i"

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "staticfiles"
# GOV.UK Frontend as `make install` builds it: its Sass compiled with a system font and its
# JavaScript. None of its assets/ (the GDS Transport font and the GOV.UK crest and crown icons are
# for services on GOV.UK only; no page here uses them).
STATICFILES_DIRS = [
    SRC_DIR / "static",
    ("govuk", BASE_DIR / "static_build" / "govuk"),
]
WHITENOISE_USE_FINDERS = True
# In development and tests static files come from the finders; STATIC_ROOT exists only after
# collectstatic, so WhiteNoise's warning about it is noise there.
warnings.filterwarnings("ignore", message="No directory at")
MEDIA_ROOT = VAR_DIR / "media"


def uploaded_files_storage() -> dict[str, object]:
    """Where uploaded files (documents, chronologies, exports) live. S3_BUCKET set: a private
    bucket of S3-compatible object storage through django-storages, shared by every web process
    and worker on every machine. Otherwise var/media on this machine's disk (tests: memory).
    Files are only ever read back through the app's access-checked views (FileResponse over
    the storage), never through a bucket URL, so the bucket must not be public; any URL the
    backend makes is signed and short-lived."""
    bucket = envstr("S3_BUCKET", "")
    if not bucket:
        return {
            "BACKEND": (
                "django.core.files.storage.InMemoryStorage"
                if TESTING
                else "django.core.files.storage.FileSystemStorage"
            )
        }
    from botocore.config import Config

    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            # An object store that stops answering makes a request or a job fail after seconds
            # (and a few standard retries), never hold a web process or the worker for ever.
            "client_config": Config(
                s3={"addressing_style": envstr("S3_ADDRESSING_STYLE", "") or None},  # MinIO: path
                signature_version="s3v4",
                connect_timeout=envint("S3_CONNECT_TIMEOUT", 10),
                read_timeout=envint("S3_READ_TIMEOUT", 60),
                retries={"max_attempts": 3, "mode": "standard"},
            ),
            "bucket_name": bucket,
            "location": envstr("S3_PREFIX", ""),
            # Empty: Amazon S3 itself; or any S3-compatible service (MinIO, Ceph, …).
            "endpoint_url": envstr("S3_ENDPOINT_URL", "") or None,
            "region_name": envstr("S3_REGION", "") or None,
            # Empty: boto3's own chain (AWS_ACCESS_KEY_ID/…, or the machine's IAM role).
            "access_key": envstr("S3_ACCESS_KEY_ID", "") or None,
            "secret_key": envstr("S3_SECRET_ACCESS_KEY", "") or None,
            "default_acl": None,  # the bucket's own: private (and ACLs disabled, docs/deploy.md)
            "querystring_auth": True,
            "querystring_expire": 60,
            "file_overwrite": False,  # never replace a stored file by accident
            "object_parameters": {"CacheControl": "private, no-store"},
        },
    }


STORAGES = {
    "default": uploaded_files_storage(),
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if not (DEBUG or TESTING)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks.backends.immediate.ImmediateBackend"
            if TESTING
            else "django_tasks_db.DatabaseBackend"
        )
    }
}


def shared_cache() -> dict[str, dict[str, object]]:
    """CACHE_URL (or REDIS_URL) set: Redis, shared by every process, so the per-address sign-in
    limit, the invitation limit and the security-event throttle (audit/throttle.py) count
    across all web processes and machines. Otherwise each process keeps its own memory cache.
    (django-axes keeps its per-account lock-outs in the database: shared either way.)"""
    url = envstr("CACHE_URL", "") or envstr("REDIS_URL", "")
    if not url:
        return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    if not url.startswith(("redis://", "rediss://", "unix://")):
        raise ImproperlyConfigured(
            f"CACHE_URL must be a Redis URL (redis://, rediss:// or unix://), not {url!r}"
        )
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": envstr("CACHE_KEY_PREFIX", "casewindow"),
        }
    }


CACHES = shared_cache()

MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"
SESSION_COOKIE_AGE = envint("SESSION_COOKIE_AGE", 8 * 60 * 60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# A signed-in session ends after this long without activity (accounts/sessions.py).
CASEWINDOW_SESSION_IDLE_MINUTES = envint("SESSION_IDLE_MINUTES", 30)
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", False)
    SESSION_COOKIE_SECURE = envbool("SESSION_COOKIE_SECURE", not TESTING)
    CSRF_COOKIE_SECURE = envbool("CSRF_COOKIE_SECURE", not TESTING)
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", False)
    SECURE_PROXY_SSL_HEADER = (
        ("HTTP_X_FORWARDED_PROTO", "https") if envbool("BEHIND_TLS_PROXY", False) else None
    )

# `casewindow check --deploy` passes with the production settings of docs/deploy.md
# (tests/operations/test_deploy_check.py). Each check silenced here says why.
SILENCED_CHECKS_WITH_REASONS = {
    # HSTS preload binds the whole registered domain and every subdomain to HTTPS in browsers'
    # built-in lists, and takes months to undo: a decision for whoever owns the domain (often a
    # council, with Casewindow on one subdomain), not for this app. HSTS itself is on: one year,
    # subdomains included (SECURE_HSTS_SECONDS); set SECURE_HSTS_PRELOAD=true once the domain's
    # owner has agreed.
    "security.W021": "HSTS preload is the domain owner's decision",
}
SILENCED_SYSTEM_CHECKS = list(SILENCED_CHECKS_WITH_REASONS)

# Content Security Policy: nothing from other hosts, no inline script.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# Uploads: the configured ceiling for any one file (documents, chronologies).
CASEWINDOW_MAX_UPLOAD_BYTES = envint("CASEWINDOW_MAX_UPLOAD_MB", 50) * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Help and contact, linked from every page's footer (WCAG 3.2.6: help in the same place on
# every page), and the accessibility statement's details; set per deployment (docs/deploy.md).
CASEWINDOW_ORGANISATION = envstr("CASEWINDOW_ORGANISATION", "the safeguarding partnership")
CASEWINDOW_HELP_EMAIL = envstr("CASEWINDOW_HELP_EMAIL", "")
CASEWINDOW_HELP_PHONE = envstr("CASEWINDOW_HELP_PHONE", "")
CASEWINDOW_HELP_HOURS = envstr("CASEWINDOW_HELP_HOURS", "")
CASEWINDOW_ACCESSIBILITY_TESTED = envstr("CASEWINDOW_ACCESSIBILITY_TESTED", "4 December 2026")

# Where the X-Forwarded-For header can be trusted for the audit log's "from where".
CASEWINDOW_TRUST_X_FORWARDED_FOR = envbool("CASEWINDOW_TRUST_X_FORWARDED_FOR", False)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"refusals": {"()": "casewindow.errors.RefusalFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["refusals"]}},
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "WARNING")},
    # Django's own default sends its records to a console of its own under DEBUG and on to the
    # root's: every warning (and its traceback) was printed twice. One handler, no propagation.
    "loggers": {
        "django": {
            "handlers": ["console"],
            "level": envstr("LOG_LEVEL", "WARNING"),
            "propagate": False,
        }
    },
}

# Anonymisation: the spaCy model the personal-data detector uses for names (an installed
# package; models are never downloaded at run time).
ANONYMISATION_SPACY_MODEL = envstr("ANONYMISATION_SPACY_MODEL", "en_core_web_sm")

# Hostile files: the archive guard (evidence/importing/archives.py) every ZIP-based upload
# (DOCX, XLSX) passes before any parser opens it, and the PDF reader's limits.
CASEWINDOW_ARCHIVE_MAX_EXPANDED_BYTES = envint("CASEWINDOW_ARCHIVE_MAX_EXPANDED_MB", 256) * 1024**2
CASEWINDOW_ARCHIVE_MAX_MEMBER_BYTES = envint("CASEWINDOW_ARCHIVE_MAX_MEMBER_MB", 128) * 1024**2
CASEWINDOW_ARCHIVE_MAX_WHOLE_XML_BYTES = envint("CASEWINDOW_ARCHIVE_MAX_WHOLE_XML_MB", 6) * 1024**2
CASEWINDOW_ARCHIVE_MAX_RATIO = envint("CASEWINDOW_ARCHIVE_MAX_RATIO", 300)
CASEWINDOW_ARCHIVE_MAX_MEMBERS = envint("CASEWINDOW_ARCHIVE_MAX_MEMBERS", 2000)
CASEWINDOW_ARCHIVE_MAX_NESTING = envint("CASEWINDOW_ARCHIVE_MAX_NESTING", 1)
CASEWINDOW_PDF_MAX_STREAM_BYTES = envint("CASEWINDOW_PDF_MAX_STREAM_MB", 32) * 1024**2
CASEWINDOW_PDF_MAX_PAGES = envint("CASEWINDOW_PDF_MAX_PAGES", 5000)
CASEWINDOW_EXTRACT_MAX_CHARACTERS = envint("CASEWINDOW_EXTRACT_MAX_CHARACTERS", 20_000_000)

# Background jobs (casewindow/jobs): each worker writes a heartbeat every HEARTBEAT seconds; a
# job whose worker has been silent for STALE seconds is run again (up to MAX_ATTEMPTS runs in
# all) or marked failed with "Try again".
CASEWINDOW_JOB_HEARTBEAT_SECONDS = envint("CASEWINDOW_JOB_HEARTBEAT_SECONDS", 30)
CASEWINDOW_JOB_STALE_SECONDS = envint("CASEWINDOW_JOB_STALE_SECONDS", 600)
CASEWINDOW_JOB_MAX_ATTEMPTS = envint("CASEWINDOW_JOB_MAX_ATTEMPTS", 2)
# How often each worker looks for reminders to send (casewindow/process/services/reminders.py);
# 0 switches the worker's reminders off (`casewindow send_reminders` still sends them).
CASEWINDOW_REMINDER_SECONDS = envint("CASEWINDOW_REMINDER_SECONDS", 900)
# The address of the service, for links in e-mails sent by the worker (which has no request).
CASEWINDOW_SITE_URL = envstr("CASEWINDOW_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# The worker loads the publication check's language model at start (tests turn this off).
ANONYMISATION_PRELOAD = envbool("ANONYMISATION_PRELOAD", True)
