"""How passwords are stored.

Django 5.2's default, PBKDF2-SHA256 at 1,000,000 iterations, makes each sign-in spend about a
second of one CPU core on the hash alone (bench/bench_sign_in.py measures it). OWASP's Password
Storage Cheat Sheet puts Argon2id first, with a minimum of 19 MiB of memory, 2 iterations and 1
degree of parallelism: memory-hard, so a GPU farm gains far less than against PBKDF2, and it
costs the server a fraction of the time. Passwords stored with an older hasher are re-hashed
with this one the next time their owner signs in (Django does this for the first hasher listed
in PASSWORD_HASHERS)."""

from django.contrib.auth.hashers import Argon2PasswordHasher


class Argon2idHasher(Argon2PasswordHasher):
    """Argon2id with OWASP's minimum parameters: m=19 MiB, t=2, p=1."""

    time_cost = 2
    memory_cost = 19 * 1024  # KiB
    parallelism = 1
