"""The national referral mechanism: a directory of service providers and consent-gated referrals
of a case from one agency to another, with need-to-know access for the receiving agency.

Front door: ``service`` (verbs, the inbox and directory queries, the code lists others speak and
``iter_referral_facts``, the coded facts published for statistics in ``coded_facts.py``;
``prefill_case``, the receiving agency's own case opened from an accepted referral, in
``handover.py``). Nothing
else of this package is imported from outside it (an import-linter ``protected`` contract)."""
