"""``/healthz``: liveness for load balancers and process supervisors."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter
from sqlalchemy import text

from rihai import __version__
from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission
from rihai.web.deps import SessionDep
from rihai.web.routing import TransactionalRoute

router = APIRouter(route_class=TransactionalRoute, tags=["system"])


@router.get("/healthz")
def healthz(actor: Annotated[Actor, Requires(Permission.SYSTEM_HEALTH_READ)],
            session: SessionDep) -> dict[str, str]:
    session.execute(text("SELECT 1"))
    return {"status": "ok", "version": __version__}
