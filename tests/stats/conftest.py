"""A small world for statistics tests: two agencies with enough cases each to pass the
minimum-population rule, extracted into a DuckDB store under the test's data dir."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import pytest
from factories import CaseFactory, PersonFactory, World, make_case, make_world

from rihai.access.actors import Actor
from rihai.cases.models import Case
from rihai.cases.schemas import EventIn
from rihai.stats import extract
from rihai.synthetic import bulk_seed, ensure_directory

OWN, OTHER = 14, 17


@dataclass
class StatsWorld:
    world: World
    own: list[Case]
    other: list[Case]
    path: Path


def _case(db, actor, rng: random.Random, n: int) -> Case:  # type: ignore[no-untyped-def]
    female = n % 3 != 0
    person = PersonFactory(rng=rng, female=female, age_estimate=rng.choice([15, 19, 24, 31, 45]),
                           given_name=f"Zarmeena{n}" if female else f"Shahzeb{n}",
                           family_name=f"Qasimzai{n} (TEST)", home_province="PK-PB",
                           home_district=rng.choice(["Rawalpindi", "Lahore", "Gujrat"]))
    return make_case(db, actor, person=person, exploitation_types=[rng.choice(["ForcedLabour", "SexualExploitation"])],
                     events=[EventIn(event_type="Recruitment", country="PK", place="Mohalla Secretplace",
                                     province="PK-PB", district="Rawalpindi"),
                             EventIn(event_type="Exploitation", country=rng.choice(["AE", "MM"]),
                                     place="Secret Compound Road 7", description="beaten at night (TEST)")])


@pytest.fixture
def stats_world(db, settings) -> StatsWorld:  # type: ignore[no-untyped-def]
    rng = random.Random(5)
    world = make_world(db)
    own = [_case(db, world.actor("caseworker"), rng, n) for n in range(OWN)]
    other = [_case(db, world.actor("other_caseworker"), rng, 100 + n) for n in range(OTHER)]
    db.flush()
    path = extract.store_path(settings.data_dir)
    extract.refresh(db, Actor.system("test"), path)
    db.flush()
    return StatsWorld(world, own, other, path)


@pytest.fixture
def demo_population(db, settings):  # type: ignore[no-untyped-def]
    """400 cases of the synthetic generator's demo population, extracted as a demo instance."""
    directory = ensure_directory(db)
    bulk_seed(db, directory, 400, seed=3, workers=0)
    db.flush()
    path = extract.store_path(settings.data_dir)
    extract.refresh(db, Actor.system("test"), path, synthetic=True)
    return path


__all__ = ["CaseFactory", "StatsWorld"]


@pytest.fixture(autouse=True)
def releases_in_this_process(monkeypatch):  # type: ignore[no-untyped-def]
    """Releases are made in this process here (a spawned child costs seconds a release, and tests
    replace steps of it); test_release_jobs.py and the browser test make them in a child."""
    from rihai.stats import releaseworker

    monkeypatch.setattr(releaseworker, "ISOLATE", False)


@pytest.fixture
def make_release(session_factory, settings):  # type: ignore[no-untyped-def]
    """Ask for a microdata release on the publishing page as ``b`` does, let the worker make it
    (tests drain the queue themselves: their app starts no background jobs) and fetch the file.
    Returns the file's response, or the page's answer when the request was refused at once."""
    from rihai.stats import releaseworker

    def _make(b, data: dict):  # type: ignore[no-untyped-def]
        asked = b.form("/stats/release", data, follow_redirects=False)
        if asked.status_code != 303:
            return asked
        job_id = int(asked.headers["location"].rsplit("/", 1)[1])
        releaseworker.drain(session_factory, extract.store_path(settings.data_dir))
        return b.get(f"/stats/releases/{job_id}/file")

    return _make
