"""Password hashing (argon2id) and the password rules users see."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# argon2-cffi's defaults are the RFC 9106 low-memory profile (argon2id, 64 MiB, t=3).
_hasher = PasswordHasher()
# A hash of a random string, verified against when the username is unknown so that the response
# time does not reveal whether an account exists.
_DUMMY = _hasher.hash("rihai-dummy-password-for-timing")

MIN_LENGTH = 12


def configure_for_tests() -> None:
    """Cheap hashing for the test suite only; production keeps argon2-cffi's defaults."""
    global _hasher, _DUMMY
    _hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    _DUMMY = _hasher.hash("rihai-dummy-password-for-timing")


def check_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise ValueError(f"password must be at least {MIN_LENGTH} characters")
    if len(password) > 256:
        raise ValueError("password must be at most 256 characters")
    if len(set(password)) < 5:
        raise ValueError("password must not be one character repeated")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored or _DUMMY, password) and stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    return _hasher.check_needs_rehash(stored)
