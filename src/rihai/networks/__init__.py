"""Recruiter networks across agencies (issue 17, not built yet): the people, agents, phone numbers
and licences behind many cases, as entities of their own; cross-referencing them between agencies'
cases and tips without showing one agency another's survivors; and the provenance of every link
(which record, which agency, when), so that a network drawn here can be checked and challenged.

It will read cases, referrals, tracing and screening, and sit beside ``rihai.stats`` in the layers
contract (pyproject.toml); neither reads the other."""
