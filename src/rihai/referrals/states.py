"""The referral state machine, as data. Pure: no database.

draft → sent → accepted | declined; accepted → in_service → completed. The sender may cancel a
referral that was not yet accepted and revoke one that was (consent withdrawn, no longer needed);
the receiver answers, starts and completes. Anything else is refused with the rule's name, so the
user reads *why* ("a cancelled referral cannot be accepted"), not a bare 409.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rihai.errors import Conflict

from .codes import ReferralState as S


class Side(StrEnum):
    SENDER = "sender"
    RECEIVER = "receiver"


class Action(StrEnum):
    SEND = "send"
    CANCEL = "cancel"
    REVOKE = "revoke"
    ACCEPT = "accept"
    DECLINE = "decline"
    START = "start"
    COMPLETE = "complete"


@dataclass(frozen=True)
class Transition:
    side: Side
    sources: frozenset[S]
    target: S
    needs_reason: bool = False


TRANSITIONS: dict[Action, Transition] = {
    Action.SEND: Transition(Side.SENDER, frozenset({S.DRAFT}), S.SENT),
    Action.CANCEL: Transition(Side.SENDER, frozenset({S.DRAFT, S.SENT}), S.CANCELLED, needs_reason=True),
    Action.REVOKE: Transition(Side.SENDER, frozenset({S.ACCEPTED, S.IN_SERVICE}), S.REVOKED,
                              needs_reason=True),
    Action.ACCEPT: Transition(Side.RECEIVER, frozenset({S.SENT}), S.ACCEPTED),
    Action.DECLINE: Transition(Side.RECEIVER, frozenset({S.SENT}), S.DECLINED, needs_reason=True),
    Action.START: Transition(Side.RECEIVER, frozenset({S.ACCEPTED}), S.IN_SERVICE),
    Action.COMPLETE: Transition(Side.RECEIVER, frozenset({S.IN_SERVICE}), S.COMPLETED),
}

_STATE_WORDS = {S.DRAFT: "a draft", S.SENT: "a sent", S.ACCEPTED: "an accepted",
                S.DECLINED: "a declined", S.IN_SERVICE: "an in-service", S.COMPLETED: "a completed",
                S.CANCELLED: "a cancelled", S.REVOKED: "a revoked"}
_ACTION_WORDS = {Action.SEND: "sent", Action.CANCEL: "cancelled", Action.REVOKE: "revoked",
                 Action.ACCEPT: "accepted", Action.DECLINE: "declined", Action.START: "started",
                 Action.COMPLETE: "completed"}


def target_state(action: Action, current: S) -> S:
    """The state ``action`` leads to from ``current``; a Conflict naming the rule if it may not."""
    transition = TRANSITIONS[action]
    if current not in transition.sources:
        raise Conflict(f"{_STATE_WORDS[S(current)]} referral cannot be {_ACTION_WORDS[action]}",
                       rule=f"referral-transition:{current}->{action}")
    return transition.target


def allowed_actions(current: S, side: Side) -> list[Action]:
    return [a for a, t in TRANSITIONS.items() if t.side is side and current in t.sources]
