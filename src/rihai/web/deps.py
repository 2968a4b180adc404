"""Request-scoped dependencies: the database session (committed by ``TransactionalRoute``) and
settings."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from sqlalchemy.orm import Session

from rihai.db import mark_read_mostly
from rihai.settings import Settings


async def get_session(request: Request) -> AsyncIterator[Session]:
    # On the event loop, not in the thread pool: making a session opens no connection (its first
    # statement does, in the endpoint's thread), and closing it after ``TransactionalRoute`` has
    # committed or rolled back only returns an idle connection to the pool. A sync generator cost
    # two thread hand-offs a request, about a tenth of a cheap page's CPU.
    session: Session = request.app.state.sessionmaker()
    if request.method in ("GET", "HEAD"):
        # GET never changes state (a rule of the project), so its transaction reads beside the
        # others; what it does write (audit rows, a session's last-seen time) still commits, in a
        # short write transaction begun at its first write (db.py).
        mark_read_mostly(session)
    request.state.db = session
    try:
        yield session
    finally:
        session.close()


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


SessionDep = Annotated[Session, Depends(get_session)]
# Integer ids in paths fit the database's 32-bit integer columns; larger ones are a 422, not a 500.
IdPath = Annotated[int, Path(ge=1, le=2_147_483_647)]
IdQuery = Annotated[int | None, Query(ge=1, le=2_147_483_647)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
