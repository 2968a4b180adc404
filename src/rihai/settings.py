"""One settings class, read from ``RIHAI_*`` environment variables when asked, never at import."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RIHAI_", extra="ignore")

    environment: Literal["production", "development", "test"] = "production"
    data_dir: Path = Path("rihai-data")
    # None means the embedded SQLite database inside data_dir.
    database_url: str | None = None
    # The keyring (encryption, blind-index and session keys) lives outside the database so a stolen
    # database dump alone is useless. RIHAI_KEYRING may carry the JSON itself (for containers).
    key_file: Path | None = None
    keyring: SecretStr | None = None

    host: str = "127.0.0.1"
    port: int = 8000
    # Cookies are Secure unless the operator says the server is reached over plain loopback HTTP.
    cookie_secure: bool = True
    session_minutes: int = Field(default=8 * 60, ge=5)
    idle_minutes: int = Field(default=60, ge=5)
    # Sign-in throttling (access/throttling.py): after login_max_failures failures in a row, each
    # further attempt waits login_backoff_seconds, doubling, at most lockout_minutes. Browsers the
    # owner signed in from (a device cookie, valid device_cookie_days) are counted apart.
    login_max_failures: int = Field(default=5, ge=1)
    lockout_minutes: int = Field(default=15, ge=1)
    login_backoff_seconds: int = Field(default=30, ge=1)
    device_cookie_days: int = Field(default=90, ge=1)
    # Wrong two-factor codes one pending session may enter before it ends.
    mfa_failures_per_session: int = Field(default=3, ge=1)
    login_attempts_per_minute_per_ip: int = Field(default=20, ge=1)
    # Days a pending role grant (access/grants.py) may wait for a second administrator; older ones
    # can no longer be approved and must be asked for again.
    role_grant_days: int = Field(default=14, ge=1)
    # Proxies whose X-Forwarded-For is believed: comma-separated addresses or CIDR networks
    # ("127.0.0.1, 10.0.0.0/8"). Empty (the default): the header is ignored, since anyone can
    # write it and rotating it would dodge the per-address limits (rihai.web.headers).
    trusted_proxies: str = ""
    # Caps keep one request from exhausting memory; oversized bodies get 413.
    max_body_bytes: int = Field(default=256 * 1024, ge=1024)
    page_size_max: int = Field(default=100, ge=1)
    # Requests a worker process works on at once; the rest wait their turn, first come first
    # served, holding nothing. On a small machine more at once only lengthens the slowest ones
    # (eight threads contending for the interpreter lock doubled the inbox's p99).
    concurrent_requests: int = Field(default=4, ge=1, le=1000)
    demo: bool = False
    # Screenshots of job ads may be larger than other requests; only the screening routes take them.
    upload_max_bytes: int = Field(default=8 * 1024 * 1024, ge=1024)
    ocr_backend: Literal["tesseract", "none"] = "tesseract"
    # A screening model retrained on the operator's own labelled offers (rihai screen train).
    screening_model_file: Path | None = None
    screen_requests_per_minute_per_ip: int = Field(default=30, ge=1)

    # Signed checkpoints of the audit log's head, kept outside the database so a deleted tail is
    # seen (rihai.access.audit_anchor). The file defaults to audit-checkpoints.jsonl in data_dir;
    # the syslog copy ("host:port" UDP, "tcp://host:port", or a socket such as /dev/log) is one an
    # intruder in the database or the data dir cannot edit. 0 turns a trigger off.
    audit_checkpoint_file: Path | None = None
    audit_syslog: str | None = None
    audit_checkpoint_events: int = Field(default=500, ge=0)
    audit_checkpoint_seconds: int = Field(default=300, ge=0)

    # Which background jobs this process runs (rihai.workers): "all" (one process does everything,
    # the default), "none" (a web process of a national instance, whose jobs run in 'rihai worker'
    # processes of their own), or a comma-separated list of job names ('rihai worker --list').
    jobs: str = "all"

    # Minutes between the web server's own refreshes of the statistics store (rihai.stats.refresher);
    # it also fills a missing store shortly after start-up. 0 turns it off ('rihai stats refresh').
    stats_refresh_minutes: int = Field(default=60, ge=0)
    # Minutes between the web server's own builds of the recruiter-network graph
    # (rihai.networks.worker); it also builds within seconds of a commit that touched a source
    # (a perpetrator, a consent, a tracing request, a tip). 0 turns it off ('rihai networks build').
    networks_build_minutes: int = Field(default=60, ge=0)
    # Hours between the web server's passes over every case for the same person at two agencies
    # (rihai.cases.duplicates; opening and editing a case check it at once). 0 turns it off
    # ('rihai cases find-duplicates').
    duplicates_hours: int = Field(default=24, ge=0)

    notify_backend: Literal["console", "null", "smtp"] = "console"
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    smtp_from: str = "rihai@localhost"
    # The notification outbox (rihai.notify): a message the channel refuses is tried again after
    # backoff, doubling up to the maximum, and counted as failed after max_attempts tries. The
    # lease must outlast one SMTP send, or a slow send could be taken over and sent twice.
    notify_max_attempts: int = Field(default=10, ge=1, le=100)
    notify_backoff_seconds: float = Field(default=60.0, ge=1)
    notify_backoff_max_seconds: float = Field(default=3600.0, ge=1)
    notify_lease_seconds: float = Field(default=300.0, ge=30)
    notify_poll_seconds: float = Field(default=15.0, ge=0.1)

    @field_validator("trusted_proxies")
    @classmethod
    def _proxy_networks(cls, value: str) -> str:
        import ipaddress

        # A typo must refuse to start, not silently trust nothing (or everything).
        for item in value.split(","):
            if item.strip():
                ipaddress.ip_network(item.strip(), strict=False)
        return ",".join(item.strip() for item in value.split(",") if item.strip())

    @cached_property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'rihai.db').resolve()}"

    @cached_property
    def resolved_key_file(self) -> Path:
        return self.key_file or (self.data_dir / "keyring.json")

    @property
    def is_sqlite(self) -> bool:
        return self.resolved_database_url.startswith("sqlite")
