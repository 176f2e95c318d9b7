"""A hasher used only by bench_sign_in: PBKDF2-SHA256 at OWASP's 600,000 iterations."""

from django.contrib.auth.hashers import PBKDF2PasswordHasher


class PBKDF2At600k(PBKDF2PasswordHasher):
    iterations = 600_000
