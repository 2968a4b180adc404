"""Transfers: a case moved to another agency, which accepts or refuses it, and members removed
from a case team. A sub-domain of ``cases`` with its own front door (``service.py``).

Table: case_transfers (``models.py``; the reason and a refusal's note encrypted).
Public surface: ``service`` — propose_transfer, accept_transfer, refuse_transfer,
withdraw_transfer, transfers_of_case, incoming_transfers, remove_from_team.
"""
