"""Tables of the referral mechanism: the service directory, referrals and their timeline.

Coded fields (service, urgency, state, dates) stay plain for the inbox, the overdue list and the
indicators; anything written in words by a person (a note, a reason, an override's justification)
is ``Encrypted``. ``to_agency_id`` is copied from the provider so the inbox query walks one index.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rihai.crypto import Encrypted
from rihai.db import Base, UTCDateTime, utcnow


class ServiceProvider(Base):
    """One entry of the service directory: an agency (or one of its units) offering services."""

    __tablename__ = "service_providers"

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))  # an organisation's public name
    services: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Districts served as "PB:Lahore"; ``nationwide`` serves all of Pakistan; ``countries`` serves
    # nationals abroad (an embassy's consular section, a shelter in a transit country).
    districts: Mapped[list[str]] = mapped_column(JSON, default=list)
    nationwide: Mapped[bool] = mapped_column(Boolean, default=False)
    countries: Mapped[list[str]] = mapped_column(JSON, default=list)
    eligible: Mapped[list[str]] = mapped_column(JSON, default=list)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    capacity: Mapped[int | None] = mapped_column(Integer)  # places; None = not limited by places
    contact_email: Mapped[str | None] = mapped_column(String(200))  # the organisation's desk
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_synthetic: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


INDICATOR_COLUMNS = ("provider_id", "service", "sent_at", "responded_at", "first_for_case",
                     "days_from_identification")


class Referral(Base):
    """One case, to one provider, for one service."""

    __tablename__ = "referrals"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    from_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    from_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    provider_id: Mapped[int] = mapped_column(ForeignKey("service_providers.id"), index=True)
    to_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    service: Mapped[str] = mapped_column(String(24))
    urgency: Mapped[str] = mapped_column(String(12))
    state: Mapped[str] = mapped_column(String(12), default="draft")
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Encrypted("referrals.note"))
    # Consent gate: which consent purpose was checked, and a supervisor's override if there was one.
    consent_purpose: Mapped[str] = mapped_column(String(32))
    consent_overridden: Mapped[bool] = mapped_column(Boolean, default=False)
    override_reason: Mapped[str | None] = mapped_column(Encrypted("referrals.override_reason"))
    override_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # For a child: the guardian's consent or a best-interest determination, and its record.
    child_decision: Mapped[str | None] = mapped_column(String(32))
    child_decision_note: Mapped[str | None] = mapped_column(Encrypted("referrals.child_decision_note"))
    # Set when sent, for the "identification to first referral" indicator: whether this was the
    # case's first referral to leave, and how many days after the case's identification it left.
    first_for_case: Mapped[bool] = mapped_column(Boolean, default=False)
    days_from_identification: Mapped[int | None] = mapped_column(Integer)
    end_reason: Mapped[str | None] = mapped_column(String(24))  # decline / cancel / revoke code
    end_note: Mapped[str | None] = mapped_column(Encrypted("referrals.end_note"))
    is_synthetic: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    provider: Mapped[ServiceProvider] = relationship(lazy="joined")
    events: Mapped[list[ReferralEvent]] = relationship(
        cascade="all, delete-orphan", order_by="ReferralEvent.id", lazy="select")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # The receiving inbox and the overdue list: by recipient and state, soonest deadline first;
        # the sender's agency rides along so the receiving half of a scope (which excludes the
        # agency's own referrals) is counted from the index alone. The coded columns after them
        # are what the mechanism indicators group and time, so those read the index alone too
        # (reading each of an agency's 60k referrals from the table took 400 ms).
        Index("ix_referrals_to_state_due", "to_agency_id", "state", "due_at", "from_agency_id",
              *INDICATOR_COLUMNS),
        Index("ix_referrals_from_state_due", "from_agency_id", "state", "due_at", *INDICATOR_COLUMNS),
        Index("ix_referrals_state_due", "state", "due_at"),
        Index("ix_referrals_assignee", "assignee_id", "state"),
    )


class ReferralEvent(Base):
    """The referral's timeline: each transition, who made it, and an optional message."""

    __tablename__ = "referral_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"),
                                                   index=True)
    action: Mapped[str] = mapped_column(String(12))
    from_state: Mapped[str | None] = mapped_column(String(12))
    to_state: Mapped[str] = mapped_column(String(12))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    reason: Mapped[str | None] = mapped_column(String(24))
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)  # e.g. a consent override
    message: Mapped[str | None] = mapped_column(Encrypted("referral_events.message"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
