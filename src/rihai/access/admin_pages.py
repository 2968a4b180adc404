"""Administrator pages: agencies and user accounts (no case contents: separation of duties)."""

from __future__ import annotations

from fastapi import APIRouter

from rihai.web.routing import TransactionalRoute

router = APIRouter(prefix="/admin", route_class=TransactionalRoute, include_in_schema=False)
