"""Synthetic data: realistic in shape, visibly fake in every value.

The cases mirror the patterns counter-trafficking work in Pakistan meets (Gulf domestic work and
construction recruited from central Punjab; the Balochistan -> Iran -> Turkey -> Greece land route
where smuggling turns into trafficking; scam compounds in Myanmar and Cambodia reached through
Bangkok; bonded labour at brick kilns in Punjab and Sindh; forced marriage; child domestic labour),
with women and girls about 70% of survivors. Every name, address, description and agency name
carries "(SYNTHETIC)"; CNICs are valid in form (python-stdnum, gender digit matching sex) but drawn
at random; OEP licences look like ``9421/TST``. Rows are flagged ``is_synthetic``.

Modules: ``vocab`` and ``scenarios`` (data), ``generator`` (deterministic drawing of case dicts
shaped like ``CaseCreate``), ``seed`` (agencies and accounts via the access services; cases via
``open_case``), ``bulk`` (the fast path for benchmarks: batched raw inserts, worker processes).
Public functions: ``Generator``, ``ensure_directory``, ``seed_via_services``, ``bulk_seed``,
``database_is_empty``.

Tables written: agencies, users, user_roles (through the access services), cases, persons,
trafficking_events, perpetrators, consents, case_assignments, case_search_tokens, audit_events.
"""

from __future__ import annotations

from .bulk import bulk_seed
from .generator import Generator, SyntheticCase
from .seed import (
    DEMO_USERS,
    Directory,
    database_is_empty,
    demo_username,
    ensure_directory,
    new_demo_password,
    seed_via_services,
    staff_username,
)

__all__ = ["DEMO_USERS", "Directory", "Generator", "SyntheticCase", "bulk_seed",
           "database_is_empty", "demo_username", "ensure_directory", "new_demo_password",
           "seed_via_services", "staff_username"]
