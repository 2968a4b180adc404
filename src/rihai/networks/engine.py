"""The one place the database side names the pure resolution engine (``rihai.networks.resolution``)
and reads its results, so a change in the engine's shapes is absorbed here."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rihai.networks.resolution import (  # noqa: F401 - re-exported for the domain's modules
    Identifier,
    PersonInput,
    Reviews,
    SourceRecord,
    Weights,
    label_rows,
    normalise_identifier,
    placeable,
    resolve,
)
from rihai.networks.resolution import place as place_records  # noqa: F401

MentionKey = tuple[str, str]  # (record_id, ref)


def link_parts(link: Any) -> tuple[MentionKey, MentionKey, float, tuple[str, ...]]:
    """(a, b, probability, evidence kinds) of one of ``Resolution.links``, a and b ordered."""
    a, b = link.a, link.b
    if b < a:
        a, b = b, a
    return (tuple(a), tuple(b), float(link.probability),  # type: ignore[return-value]
            tuple(str(e) for e in (link.evidence or ())))


def networks_of(resolution: Any) -> Iterator[tuple[str, list[str]]]:
    """(network id, its record ids) of ``Resolution.networks``."""
    for network_id, net in resolution.networks.items():
        yield str(network_id), [str(r) for r in net.record_ids]
