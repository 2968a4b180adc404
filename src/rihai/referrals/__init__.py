"""The national referral mechanism: a directory of service providers and consent-gated referrals
of a case from one agency to another, with need-to-know access for the receiving agency."""
