"""Request-scoped dependencies: the database session (committed by ``TransactionalRoute``) and
settings."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from sqlalchemy.orm import Session

from rihai.db import mark_read_mostly
from rihai.settings import Settings


def get_session(request: Request) -> Iterator[Session]:
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
