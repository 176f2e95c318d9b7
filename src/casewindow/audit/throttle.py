"""Limits kept in Django's cache, so that they are shared by every web process once the
deployment configures a shared cache (Redis); with the default per-process memory cache each
process keeps its own count, which still slows an attacker down.

- Failed sign-ins per address: django-axes locks a user at one address after a few wrong
  passwords, which never slows someone trying one password against many accounts (spraying).
  This counts every failed sign-in (wrong password or wrong two-factor code) from an address,
  whatever the account, and refuses sign-in from that address for the cool-off period past a
  higher limit: an office of a hundred people behind one address does not reach it by mistyping.
- Invitations per user: adding people to a partnership e-mails them; one account must not be
  able to e-mail arbitrary addresses freely.
- Security events per user and place: probing URLs inside reviews is recorded, but at most
  once a minute for one user and one review, so the log cannot be flooded."""

import hashlib

from django.conf import settings
from django.core.cache import cache


def _key(kind: str, *parts: object) -> str:
    # Hashed: parts may come from a request path or an address (any characters, any length),
    # and cache backends such as memcached refuse control characters and long keys.
    joined = "\x1f".join(str(part) for part in parts)
    return f"casewindow:limit:{kind}:{hashlib.sha256(joined.encode()).hexdigest()}"


def _count(key: str, timeout: int) -> int:
    """Add one to the count under `key` (starting its window if new); the new count."""
    if cache.add(key, 1, timeout):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout)
        return 1


def _window_seconds() -> int:
    return int(settings.AXES_COOLOFF_TIME.total_seconds())


def sign_in_address_blocked(ip_address: str | None) -> bool:
    if not ip_address:
        return False
    failures = cache.get(_key("sign-in-ip", ip_address), 0)
    return failures >= settings.CASEWINDOW_SIGN_IN_IP_FAILURE_LIMIT


def sign_in_address_failed(ip_address: str | None) -> None:
    if ip_address:
        _count(_key("sign-in-ip", ip_address), _window_seconds())


def invitation_allowed(user_id: int) -> bool:
    """Count one invitation by this user; False once they are over the hourly limit."""
    sent = _count(_key("invite", user_id), 60 * 60)
    return sent <= settings.CASEWINDOW_INVITATIONS_PER_HOUR


def first_in_minute(*parts: object) -> bool:
    """True the first time these parts are seen in a minute (for rate-limited log entries)."""
    return cache.add(_key("once-a-minute", *parts), 1, 60)
