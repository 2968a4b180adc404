"""A small synthetic network for the export tests: visibly fake names, phones of zeros, one record
redacted (held by an agency the reader may not see), Urdu-script aliases, and a link of every
kind the writers map (associate, agent_of, uses, holds, mentioned_in)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from rihai.networks.exports import (AuditEntry, Entity, Grading, Link, NetworkSnapshot, Record, TimelineEvent,
                                    redaction_marker)

SECRET_SUMMARY = "Test Survivor Zeta told the hidden story"  # must appear nowhere in any export


def snapshot(**overrides) -> NetworkSnapshot:  # type: ignore[no-untyped-def]
    entities = (
        Entity("P1", "person", "Test Recruiter Alpha", roles=("recruiter",), aliases=("Thai wala", "ٹیسٹ ریکروٹر")),
        Entity("P2", "person", "Test Subagent Beta", roles=("sub_agent",)),
        Entity("P3", "person", "[redacted]", redacted=True),
        Entity("PH1", "phone", "+92 300 0000001"),
        Entity("EM1", "email", "test.recruiter@example.org"),
        Entity("H1", "handle", "@test_jobs_abroad"),
        Entity("A1", "account", "PK00TEST0000000000000001"),
        Entity("A2", "account", "0x0000000000000000000000000000000000000001"),
        Entity("L1", "licence", "OEP-0000/TEST"),
        Entity("C1", "company", "Test Overseas Promoters Ltd"),
        Entity("PL1", "place", "Test Street, Rawalpindi"),
    )
    records = (
        Record("CASE-1", "case", "Test NGO Rawalpindi", date(2025, 3, 2), "Survivor recruited for a job in Test Country."),
        Record("TIP-1", "tip", "Test Helpline", date(2025, 4, 9), "Offer of hotel work abroad, fee 300,000 rupees."),
        Record("TR-1", "tracing_request", "Test FIA Circle", date(2025, 5, 1), redaction_marker("Test FIA Circle"),
               redacted=True),
        Record("WL-1", "watchlist", "Test Published List", date(2024, 12, 1), "Listed as a wanted smuggler."),
    )
    b2, c3 = Grading("B", 2), Grading("C", 3)
    links = (
        Link("K1", "P1", "P2", "associate", 0.91, b2, ("named together in two records",), ("CASE-1", "TIP-1")),
        Link("K2", "P1", "C1", "agent_of", 0.75, c3, ("says he recruits for the company",), ("TIP-1",)),
        Link("K3", "P1", "PH1", "uses", 0.97, b2, ("same phone after normalisation (E.164)",), ("CASE-1", "TIP-1")),
        Link("K4", "P1", "EM1", "uses", 0.8, c3, (), ("TIP-1",)),
        Link("K5", "P2", "H1", "uses", 0.7, c3, ("handle in the offer",), ("TIP-1",)),
        Link("K6", "P1", "A1", "holds", 0.66, Grading("D", 4), ("fee paid into this account",), ("CASE-1",)),
        Link("K7", "P2", "A2", "holds", 0.6, c3, (), ("TIP-1",)),
        Link("K8", "C1", "L1", "holds", 0.99, Grading("A", 1), ("licence register",), ("WL-1",)),
        Link("K9", "P1", "CASE-1", "mentioned_in", 1.0, b2, (), ("CASE-1",)),
        Link("K10", "PH1", "TIP-1", "mentioned_in", 1.0, b2, (), ("TIP-1",)),
        Link("K11", "P3", "TR-1", "mentioned_in", 0.9, c3, (), ("TR-1",)),
        Link("K12", "P1", "WL-1", "mentioned_in", 0.85, Grading("A", 2), ("published list",), ("WL-1",)),
        Link("K13", "C1", "PL1", "located_at", 0.9, b2, (), ("WL-1",)),
    )
    timeline = (
        TimelineEvent(date(2024, 12, 1), "WL-1", "Listed on a published watchlist"),
        TimelineEvent(date(2025, 3, 2), "CASE-1", "Case opened"),
        TimelineEvent(date(2025, 4, 9), "TIP-1", "Offer reported"),
        TimelineEvent(date(2025, 5, 1), "TR-1", "Record opened"),
    )
    audit = (
        AuditEntry(datetime(2025, 6, 1, 9, 0, tzinfo=UTC), "u-7", "investigator", "networks:network:read", ("NET-1",)),
        AuditEntry(datetime(2025, 6, 1, 9, 5, tzinfo=UTC), "u-7", "investigator", "networks:access:requested", ("TR-1",)),
        AuditEntry(datetime(2025, 6, 2, 10, 0, tzinfo=UTC), "u-9", "prosecutor", "networks:evidence:exported", ("NET-1",)),
    )
    values = dict(network_id="NET-1", generated_at=datetime(2025, 6, 2, 10, 0, tzinfo=UTC),
                  generated_by="u-9 (prosecutor)", generated_for="Test Prosecution Office, Rawalpindi",
                  entities=entities, records=records, links=links, timeline=timeline,
                  facts=frozenset({"deceptive_recruitment", "forced_labour", "fees_charged", "woman_victim",
                                   "unlicensed_recruitment"}),
                  audit=audit, synthetic=True)
    values.update(overrides)
    return NetworkSnapshot(**values)
