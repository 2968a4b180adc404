"""``rihai cases find-duplicates``: the nightly pass from the command line, counts only."""

from __future__ import annotations

import json

import sqlalchemy as sa
from cli.clitools import rihai_for

from rihai.cases.models import Case, CaseDuplicateCandidate, CaseSearchToken, Person


def test_find_duplicates_stores_pairs_across_agencies_and_prints_counts(tmp_path) -> None:
    with rihai_for("sqlite", tmp_path) as rihai:
        assert rihai("keys", "init").exit_code == 0
        assert rihai("db", "upgrade").exit_code == 0
        assert rihai("seed", "--cases", "60", "--bulk", "--seed", "5", "--workers", "0").exit_code == 0
        with rihai.session() as s:
            # Two cases of different agencies, same sex and birth year, given one CNIC digest (as
            # a re-index after a correction would).
            rows = s.execute(sa.select(Case.id, Case.owner_agency_id, Person.sex, Person.birth_year)
                             .join(Person, Person.case_id == Case.id)
                             .where(Case.id.in_(sa.select(CaseSearchToken.case_id)
                                                .where(CaseSearchToken.kind == "cnic")))).all()
            with_passport = set(s.scalars(sa.select(CaseSearchToken.case_id).where(CaseSearchToken.kind == "passport")))
            a, b = next((x, y) for x in rows for y in rows if x[1] != y[1] and x[2] == y[2]
                        and x[3] is not None and y[3] is not None and abs(x[3] - y[3]) <= 1
                        and y[0] not in with_passport)
            digest = s.scalar(sa.select(CaseSearchToken.digest).where(
                CaseSearchToken.case_id == a[0], CaseSearchToken.kind == "cnic"))
            s.add(CaseSearchToken(case_id=b[0], kind="cnic", digest=digest))
            s.commit()
        out = rihai("cases", "find-duplicates", "--json")
        assert out.exit_code == 0, out.output
        figures = json.loads(out.output)
        assert figures["candidates"] >= 1 and "digest" not in out.output
        with rihai.session() as s:
            pairs = {frozenset(r) for r in s.execute(
                sa.select(CaseDuplicateCandidate.case_id, CaseDuplicateCandidate.other_case_id))}
        assert frozenset((a[0], b[0])) in pairs
