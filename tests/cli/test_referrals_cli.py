"""``rihai demo`` refers synthetic cases to services; ``rihai referrals overdue`` lists (and with
``--notify`` reminds about) referrals past their deadline, without anything about the person."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
import sqlalchemy as sa
from cli.clitools import rihai_for

from rihai.referrals.models import Referral, ServiceProvider


@pytest.fixture
def rihai(tmp_path):  # type: ignore[no-untyped-def]
    with rihai_for("sqlite", tmp_path) as cli:
        yield cli


def test_demo_seeds_directory_and_referrals_and_overdue_lists_them(rihai) -> None:  # type: ignore[no-untyped-def]
    out = rihai("demo", "--cases", "60", "--no-serve", "--seed", "3")
    assert out.exit_code == 0, out.output
    with rihai.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(ServiceProvider)) >= 8
        referrals = s.scalars(sa.select(Referral)).all()
        assert referrals and {r.state for r in referrals} & {"sent", "accepted", "in_service", "completed"}
        waiting = [r for r in referrals if r.state == "sent"]
        assert waiting, "some referrals should still await an answer"
        # Make one of them late.
        late = waiting[0]
        late.due_at = late.sent_at - timedelta(hours=1)
        s.commit()
        reference = late.reference
    listed = rihai("referrals", "overdue", "--json")
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.output.splitlines() if line.startswith("{")]
    assert [r["reference"] for r in rows] == [reference]
    assert rows[0]["hours_overdue"] > 0 and set(rows[0]) >= {"service", "urgency", "to_agency_id"}
    table = rihai("referrals", "overdue", "--notify")
    assert table.exit_code == 0 and reference in table.output
