"""The service directory: who offers which service, where, to whom, in which languages, and how
many places are free. Not personal data; every signed-in case worker may search it.

The directory is small (hundreds of entries, not millions), so ``find_providers`` loads the active
providers offering the service and ranks them in Python: district first, then province, then
nationwide, and never one whose eligibility excludes the person.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.audit import AuditTag
from rihai.access.permissions import Permission
from rihai.access.service import Agency, require
from rihai.errors import Conflict, Invalid, NotFound

from .codes import EligibleGroup, ReferralState, ServiceType
from .models import Referral, ServiceProvider
from .schemas import ProviderIn, ProviderMatch, ProviderRead, ProviderUpdate

_REACH_ORDER = {"district": 0, "abroad": 0, "province": 1, "nationwide": 2}


def create_provider(session: Session, actor: Actor, *, data: ProviderIn, is_synthetic: bool = False
                    ) -> ServiceProvider:
    """Administrators add a provider to the directory, for an existing agency."""
    require(actor, Permission.REFERRALS_PROVIDER_MANAGE)
    if session.get(Agency, data.agency_id) is None:
        raise Invalid("no such agency", field="agency_id", rule="provider-agency")
    provider = ServiceProvider(**data.model_dump(), is_synthetic=is_synthetic)
    session.add(provider)
    session.flush()
    audit.record(session, actor, AuditTag.PROVIDER_CREATE, subject_type="provider",
                 subject_id=provider.id, fields=sorted(data.model_fields_set))
    return provider


def update_provider(session: Session, actor: Actor, provider_id: int, *, data: ProviderUpdate
                    ) -> ServiceProvider:
    """Administrators edit an entry; a stale ``version`` is a 409."""
    require(actor, Permission.REFERRALS_PROVIDER_MANAGE)
    provider = session.get(ServiceProvider, provider_id)
    if provider is None:
        raise NotFound("no such provider")
    if provider.version != data.version:
        raise Conflict("this provider was changed by someone else; reload and try again",
                       rule="optimistic-lock")
    if session.get(Agency, data.agency_id) is None:
        raise Invalid("no such agency", field="agency_id", rule="provider-agency")
    changed = [k for k, v in data.model_dump(exclude={"version"}).items() if getattr(provider, k) != v]
    for name in changed:
        setattr(provider, name, getattr(data, name))
    try:
        session.flush()
    except StaleDataError as exc:
        raise Conflict("this provider was changed by someone else; reload and try again",
                       rule="optimistic-lock") from exc
    audit.record(session, actor, AuditTag.PROVIDER_UPDATE, subject_type="provider",
                 subject_id=provider.id, fields=changed)
    return provider


def get_provider(session: Session, actor: Actor, provider_id: int) -> ServiceProvider:
    require(actor, Permission.REFERRALS_PROVIDER_READ)
    provider = session.get(ServiceProvider, provider_id)
    if provider is None:
        raise NotFound("no such provider")
    return provider


def list_providers(session: Session, actor: Actor, *, include_inactive: bool = False) -> list[ServiceProvider]:
    require(actor, Permission.REFERRALS_PROVIDER_READ)
    stmt = select(ServiceProvider).order_by(ServiceProvider.name)
    if not include_inactive:
        stmt = stmt.where(ServiceProvider.is_active.is_(True))
    return list(session.scalars(stmt))


def places_in_use(session: Session, provider_ids: list[int]) -> dict[int, int]:
    """Referrals accepted or in service, per provider: the places they hold."""
    if not provider_ids:
        return {}
    rows = session.execute(
        select(Referral.provider_id, func.count()).where(
            Referral.provider_id.in_(provider_ids),
            Referral.state.in_([ReferralState.ACCEPTED, ReferralState.IN_SERVICE]))
        .group_by(Referral.provider_id))
    return {pid: n for pid, n in rows}


def eligible_group(sex: str | None, gender: str | None, is_minor: bool) -> EligibleGroup | None:
    if gender and gender.startswith("Transgender"):
        return EligibleGroup.TRANSGENDER
    if sex == "Female" or gender == "Feminine":
        return EligibleGroup.GIRLS if is_minor else EligibleGroup.WOMEN
    if sex == "Male" or gender == "Masculine":
        return EligibleGroup.BOYS if is_minor else EligibleGroup.MEN
    return None


def reach(provider: ServiceProvider, province: str | None, district: str | None,
          country: str | None) -> str | None:
    if country and country != "PK":
        return "abroad" if country in provider.countries else None
    if province and district and f"{province}:{district}" in provider.districts:
        return "district"
    if province and any(d.startswith(f"{province}:") for d in provider.districts):
        return "province"
    if provider.nationwide:
        return "nationwide"
    return None if (province or district) else ("nationwide" if provider.nationwide else None)


def find_providers(session: Session, actor: Actor, *, service: ServiceType, province: str | None = None,
                   district: str | None = None, country: str | None = None,
                   group: EligibleGroup | None = None, language: str | None = None,
                   limit: int = 50) -> list[ProviderMatch]:
    """Active providers of ``service`` who serve the place and accept the person's group, nearest
    first, then those speaking the person's language, then those with free places."""
    require(actor, Permission.REFERRALS_PROVIDER_READ)
    candidates = [p for p in session.scalars(select(ServiceProvider).where(ServiceProvider.is_active.is_(True)))
                  if service in p.services and (group is None or group in p.eligible)]
    used = places_in_use(session, [p.id for p in candidates])
    matches: list[tuple[tuple[int, int, int, str], ProviderMatch]] = []
    for p in candidates:
        where = reach(p, province, district, country)
        if where is None:
            continue
        free = None if p.capacity is None else max(0, p.capacity - used.get(p.id, 0))
        key = (_REACH_ORDER[where], 0 if (language and language in p.languages) else 1,
               0 if free is None or free > 0 else 1, p.name)
        matches.append((key, ProviderMatch(provider=ProviderRead.model_validate(p),
                                           places_free=free, reach=where)))
    matches.sort(key=lambda m: m[0])
    return [m for _, m in matches[:limit]]
