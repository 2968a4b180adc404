"""Who sees which referral, as SQL (registered with ``access.policy``).

The sending side: the person who made it, anyone assigned to the case, and the sending agency's
supervisors. The receiving side: members of the receiving agency who may answer referrals, once it
has been sent (a draft is the sender's business). Seeing a *referral* is not seeing the *case*: the
case's need-to-know view has its own, narrower rule (``inbox.shared_case``).
"""

from __future__ import annotations

from sqlalchemy import and_, false, not_, or_

from rihai.access.actors import Actor
from rihai.access.permissions import Permission
from rihai.access.policy import register_scope
from rihai.cases.service import assigned_case_ids

from .codes import ReferralState
from .models import Referral


def sender_scope(actor: Actor) -> object:
    if actor.user_id is None or actor.agency_id is None:
        return false()
    if actor.sees_whole_agency:
        return Referral.from_agency_id == actor.agency_id
    mine = Referral.case_id.in_(assigned_case_ids(actor))
    return and_(Referral.from_agency_id == actor.agency_id,
                or_(Referral.from_user_id == actor.user_id, mine))


def receiver_scope(actor: Actor) -> object:
    if actor.user_id is None or actor.agency_id is None or not actor.can(Permission.REFERRALS_REFERRAL_RESPOND):
        return false()
    return and_(Referral.to_agency_id == actor.agency_id, Referral.state != ReferralState.DRAFT)


def referral_scope(actor: Actor) -> object:
    return or_(sender_scope(actor), receiver_scope(actor))


register_scope(Referral, Permission.REFERRALS_REFERRAL_READ, referral_scope)


def scope_parts(actor: Actor) -> list[object]:
    """Disjoint pieces whose union is ``referral_scope``: the sending side, and the receiving side
    minus it. Each is narrow enough for one index (by sending or by receiving agency); queried
    apart and added up, lists and counts no longer scan every referral for an OR."""
    if not actor.can(Permission.REFERRALS_REFERRAL_READ):
        return []
    sender = sender_scope(actor)
    return [sender, and_(receiver_scope(actor), not_(sender))]
