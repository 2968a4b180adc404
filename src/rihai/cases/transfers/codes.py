"""States of a transfer and what people read for them (msgids of ``cases_transfers.po``)."""

from __future__ import annotations

from enum import StrEnum

from ..codes import ConsentPurpose


class TransferState(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


# The consent a transfer needs: the survivor agreed that their record is shared with the receiving
# agency (a consent naming no recipient covers any, as for referrals; the latest decision wins).
CONSENT_PURPOSE = ConsentPurpose.INFORMATION_SHARING

LABELS: dict[str, str] = {
    TransferState.PROPOSED: "Waiting for the receiving agency",
    TransferState.ACCEPTED: "Accepted",
    TransferState.REFUSED: "Refused",
    TransferState.WITHDRAWN: "Withdrawn",
}
