"""Row scoping in SQL. Every list query over a protected table passes through ``visible``.

Domains register how their table is scoped (``register_scope``) because ``access`` sits below them
and must not import them. An unregistered table, or an actor without the read permission, sees
nothing: the default is deny.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import Select, false

from rihai.access.actors import Actor
from rihai.access.permissions import Permission

S = TypeVar("S", bound=Select[Any])
ScopeFn = Callable[[Actor], Any]  # returns a SQL boolean expression

_scopes: dict[type, tuple[Permission, ScopeFn]] = {}


def register_scope(model: type, read_permission: Permission, scope: ScopeFn) -> None:
    _scopes[model] = (read_permission, scope)


def visible_clause(model: type, actor: Actor) -> Any:
    entry = _scopes.get(model)
    if entry is None or not actor.can(entry[0]):
        return false()
    return entry[1](actor)


def visible(stmt: S, actor: Actor, model: type) -> S:
    """Restrict ``stmt`` to the rows of ``model`` that ``actor`` may see."""
    return stmt.where(visible_clause(model, actor))
