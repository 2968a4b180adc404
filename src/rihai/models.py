"""Imports every domain's models so that Alembic and ``create_all`` see the whole schema."""

from __future__ import annotations


def import_all_models() -> None:
    import rihai.access.models  # noqa: F401
    import rihai.cases.models  # noqa: F401
    # cases.models does not import its justice sub-domain's tables (cases reaches justice only
    # through cases.justice.service), so they are named here.
    import rihai.cases.justice.models  # noqa: F401
    import rihai.cases.attachments.models  # noqa: F401
    import rihai.cases.transfers.models  # noqa: F401
    import rihai.cases.tasks.models  # noqa: F401
    import rihai.screening.identification.models  # noqa: F401
    import rihai.screening.offers.models  # noqa: F401
    import rihai.screening.tips.models  # noqa: F401
    import rihai.tracing.models  # noqa: F401
    import rihai.stats.models  # noqa: F401
    import rihai.referrals.models  # noqa: F401
    import rihai.networks.models  # noqa: F401
    import rihai.notify  # noqa: F401 - the notification outbox (a core table)
