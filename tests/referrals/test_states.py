"""The referral state machine, on its own."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rihai.errors import Conflict
from rihai.referrals.codes import ReferralState as S
from rihai.referrals.states import TRANSITIONS, Action, Side, allowed_actions, target_state


def test_happy_path() -> None:
    state = S.DRAFT
    for action in (Action.SEND, Action.ACCEPT, Action.START, Action.COMPLETE):
        state = target_state(action, state)
    assert state is S.COMPLETED


def test_accepting_a_cancelled_referral_names_the_rule() -> None:
    with pytest.raises(Conflict) as err:
        target_state(Action.ACCEPT, S.CANCELLED)
    assert "a cancelled referral cannot be accepted" in err.value.detail
    assert err.value.rule == "referral-transition:cancelled->accept"


@given(st.sampled_from(list(Action)), st.sampled_from(list(S)))
def test_every_move_is_either_in_the_table_or_refused(action: Action, state: S) -> None:
    if state in TRANSITIONS[action].sources:
        assert target_state(action, state) is TRANSITIONS[action].target
    else:
        with pytest.raises(Conflict):
            target_state(action, state)


@pytest.mark.parametrize("state", [S.DECLINED, S.COMPLETED, S.CANCELLED, S.REVOKED])
def test_ended_referrals_are_final(state: S) -> None:
    assert allowed_actions(state, Side.SENDER) == []
    assert allowed_actions(state, Side.RECEIVER) == []


def test_sides() -> None:
    assert allowed_actions(S.SENT, Side.RECEIVER) == [Action.ACCEPT, Action.DECLINE]
    assert allowed_actions(S.SENT, Side.SENDER) == [Action.CANCEL]
    assert allowed_actions(S.IN_SERVICE, Side.SENDER) == [Action.REVOKE]
