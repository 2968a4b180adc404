"""JSON API for the signed-in account, tokens, agencies, users and the audit chain."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, status
from sqlalchemy.orm import Session

from rihai.access import audit_anchor, auth, grants, service
from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.models import User
from rihai.access.permissions import Permission as P
from rihai.access.schemas import (
    AgencyCreate,
    AgencyRead,
    AgencyUpdate,
    Me,
    RoleGrantRead,
    TokenCreate,
    TokenIssued,
    TokenRead,
    UserCreate,
    UserRead,
    UserUpdate,
)
from rihai.web.deps import IdPath, IdQuery, SessionDep, SettingsDep
from rihai.web.routing import TransactionalRoute

router = APIRouter(prefix="/api/v1", route_class=TransactionalRoute, tags=["access"])


def user_reads(session: Session, users: list[User]) -> list[UserRead]:
    waiting = grants.pending_roles(session, [u.id for u in users])
    out = []
    for user in users:
        read = UserRead.model_validate(user)
        read.locked = service.is_locked(user)
        read.pending_roles = waiting.get(user.id, [])  # type: ignore[assignment]
        out.append(read)
    return out


def user_read(session: Session, user: User) -> UserRead:
    return user_reads(session, [user])[0]


@router.get("/me", response_model=Me)
def me(actor: Annotated[Actor, Requires(P.ACCESS_PROFILE_READ)]) -> Me:
    return Me(user_id=actor.user_id or 0, agency_id=actor.agency_id or 0,
              display_name=actor.display_name, roles=sorted(actor.roles),
              permissions=sorted(actor.permissions), via=actor.via)


@router.get("/tokens", response_model=list[TokenRead])
def list_tokens(actor: Annotated[Actor, Requires(P.ACCESS_TOKEN_MANAGE)], session: SessionDep):
    return auth.list_tokens(session, actor)


@router.post("/tokens", response_model=TokenIssued, status_code=status.HTTP_201_CREATED)
def create_token(body: TokenCreate, actor: Annotated[Actor, Requires(P.ACCESS_TOKEN_MANAGE)],
                 session: SessionDep) -> TokenIssued:
    raw, token = auth.create_token(session, actor, name=body.name, scopes=body.scopes,
                                   expires_in_days=body.expires_in_days)
    return TokenIssued(token=raw, **TokenRead.model_validate(token).model_dump())


@router.delete("/tokens/{token_id}", response_model=TokenRead)
def revoke_token(token_id: IdPath, actor: Annotated[Actor, Requires(P.ACCESS_TOKEN_MANAGE)],
                 session: SessionDep):
    return auth.revoke_token(session, actor, token_id)


@router.get("/agencies", response_model=list[AgencyRead])
def list_agencies(actor: Annotated[Actor, Requires(P.ACCESS_AGENCY_READ)], session: SessionDep):
    return service.list_agencies(session)


@router.post("/agencies", response_model=AgencyRead, status_code=status.HTTP_201_CREATED)
def create_agency(body: AgencyCreate, actor: Annotated[Actor, Requires(P.ACCESS_AGENCY_MANAGE)],
                  session: SessionDep):
    return service.create_agency(session, actor, data=body)


@router.patch("/agencies/{agency_id}", response_model=AgencyRead)
def update_agency(agency_id: IdPath, body: AgencyUpdate,
                  actor: Annotated[Actor, Requires(P.ACCESS_AGENCY_MANAGE)], session: SessionDep):
    return service.update_agency(session, actor, agency_id, data=body)


@router.get("/users", response_model=list[UserRead])
def list_users(actor: Annotated[Actor, Requires(P.ACCESS_USER_READ)], session: SessionDep,
               agency_id: IdQuery = None) -> list[UserRead]:
    return user_reads(session, service.list_users(session, actor, agency_id=agency_id))


@router.post("/users", response_model=UserRead, status_code=status.HTTP_201_CREATED)
def create_user(body: UserCreate, actor: Annotated[Actor, Requires(P.ACCESS_USER_MANAGE)],
                session: SessionDep) -> UserRead:
    return user_read(session, service.create_user(session, actor, data=body))


@router.patch("/users/{user_id}", response_model=UserRead)
def update_user(user_id: IdPath, body: UserUpdate, actor: Annotated[Actor, Requires(P.ACCESS_USER_MANAGE)],
                session: SessionDep) -> UserRead:
    return user_read(session, service.update_user(session, actor, user_id, data=body))


@router.get("/role-grants", response_model=list[RoleGrantRead])
def list_role_grants(actor: Annotated[Actor, Requires(P.ACCESS_USER_READ)], session: SessionDep,
                     pending: Annotated[bool, Query()] = True):
    return grants.list_grants(session, actor, pending_only=pending)


@router.post("/role-grants/{grant_id}/approve", response_model=RoleGrantRead)
def approve_role_grant(grant_id: IdPath, actor: Annotated[Actor, Requires(P.ACCESS_GRANT_APPROVE)],
                       session: SessionDep, settings: SettingsDep):
    return grants.approve_grant(session, actor, grant_id, max_age_days=settings.role_grant_days)


@router.post("/role-grants/{grant_id}/refuse", response_model=RoleGrantRead)
def refuse_role_grant(grant_id: IdPath, actor: Annotated[Actor, Requires(P.ACCESS_GRANT_APPROVE)],
                      session: SessionDep):
    return grants.refuse_grant(session, actor, grant_id)


@router.get("/audit/verify")
def verify_audit(actor: Annotated[Actor, Requires(P.ACCESS_AUDIT_VERIFY)],
                 session: SessionDep, request: Request) -> dict[str, object]:
    # Against the signed checkpoints too, as 'rihai audit verify' (a deleted tail is seen); a GET
    # changes nothing, so unlike the command it writes no checkpoint.
    result = audit_anchor.verify(session, request.app.state.settings, request.app.state.keyring)
    return {"ok": result.ok, "checked": result.checked, "head": result.head,
            "head_seq": result.head_seq, "checkpoints": result.checkpoints,
            "problems": result.problems[:50]}
