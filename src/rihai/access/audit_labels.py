"""What a person reads for an audit tag: a case's audit trail shows "Case read", not
"cases:case:read". Re-exported by ``rihai.access.audit``, the front door."""

from __future__ import annotations

# What a person reads for the tags a case's audit trail shows (issue 19: "Case read", not
# "cases:case:read"); English msgids of the Urdu catalogue. Other tags read as their words.
AUDIT_TAG_LABELS: dict[str, str] = {
    "cases:case:create": "Case opened",
    "cases:case:read": "Case read",
    "cases:case:update": "Case changed",
    "cases:case:list": "Case listed",
    "cases:case:search": "Case found in a search",
    "cases:case:assign": "Case assigned",
    "cases:case:status": "Case status changed",
    "cases:audit:read": "Audit trail read",
    "cases:note:create": "Note added",
    "cases:consent:record": "Consent recorded",
    "cases:consent:withdraw": "Consent withdrawn",
    "cases:perpetrator:add": "Perpetrator added",
    "cases:perpetrator:mentions-read": "Perpetrator details shared with law enforcement",
    "cases:event:add": "Route leg added",
    "cases:attachment:add": "File attached",
    "cases:attachment:read": "Attached file opened",
    "cases:attachment:list": "Attached files listed",
    "cases:attachment:remove": "Attached file removed",
    "cases:case:print": "Case summary printed",
    "cases:case:export": "Case list exported",
    "cases:case:unassign": "Removed from the case team",
    "cases:transfer:propose": "Transfer to another agency proposed",
    "cases:transfer:accept": "Transfer accepted: the case moved to another agency",
    "cases:transfer:refuse": "Transfer refused",
    "cases:transfer:cancel": "Transfer withdrawn",
    "cases:case:tracing-read": "Read for family tracing",
    "cases:case:trafficking-status": "Trafficking status decided",
    "cases:case:close-override": "Closed despite open work (override)",
    "cases:link:hint": "Possible record at another agency shown",
    "cases:link:request": "Link with another agency's record requested",
    "cases:link:list": "Link requests listed",
    "cases:link:accept": "Link with another agency's record accepted",
    "cases:link:refuse": "Link with another agency's record declined",
    "cases:link:unlink": "Link with another agency's record ended",
    "cases:prosecution:read": "Prosecution read",
    "cases:prosecution:open": "Prosecution opened",
    "cases:prosecution:update": "Prosecution changed",
    "cases:prosecution:stage": "Prosecution moved to a new stage",
    "cases:prosecution:outcome": "Prosecution outcome recorded",
    "cases:hearing:add": "Hearing added",
    "cases:plan:read": "Support plan read",
    "cases:plan:item-add": "Support plan item added",
    "cases:plan:item-update": "Support plan item changed",
    "cases:plan:visit-add": "Follow-up visit added",
    "cases:task:add": "Follow-up added",
    "cases:task:done": "Follow-up done",
    "cases:task:reopen": "Follow-up reopened",
    "cases:task:edit": "Follow-up changed",
    "cases:task:read": "Follow-ups read",
    "cases:task:list": "Follow-ups listed",
    "cases:case:queue": "Case found in the work queue",
    "referrals:referral:create": "Referral drafted",
    "referrals:referral:read": "Referral read",
    "referrals:referral:transition": "Referral moved on",
    "referrals:consent:override": "Referral sent without consent (override)",
    "referrals:case:view": "Case read for a referral",
    "screening:interview:create": "Interview started",
    "screening:interview:read": "Interview read",
    "screening:interview:list": "Interviews listed",
    "screening:interview:decide": "Interview decision taken",
    "screening:interview:draft-save": "Interview draft saved",
    "screening:interview:draft-read": "Interview draft read",
    "screening:interview:draft-drop": "Interview draft discarded",
    "cases:case:origin": "Case linked to the referral or match it came from",
    "cases:case:prefill": "New case form filled from a referral or match",
    "screening:interview:draft-list": "Interview drafts listed",
}


def tag_label(tag: str) -> str:
    """The English label of audit ``tag`` (translate it with the page's gettext)."""
    if tag in AUDIT_TAG_LABELS:
        return AUDIT_TAG_LABELS[tag]
    words = " ".join(tag.split(":")[1:]).replace("-", " ")
    return words[:1].upper() + words[1:]
