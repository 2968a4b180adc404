"""The one permission catalogue and the roles that hold permissions.

Names are ``scope:resource:action``. Every route declares exactly one (``tests/test_routes.py``
pins the whole inventory). Roles are bundles; a user may hold several. The administrator role holds
no case permission at all: separation of duties means managing accounts never implies reading
survivors' records.
"""

from __future__ import annotations

from enum import StrEnum


class Permission(StrEnum):
    # Public: granted to everyone, signed in or not.
    SYSTEM_HEALTH_READ = "system:health:read"
    ACCESS_SESSION_CREATE = "access:session:create"
    SCREENING_OFFER_SCREEN = "screening:offer:screen"
    # The Bureau of Emigration's register of licensed Overseas Employment Promoters.
    SCREENING_REGISTER_READ = "screening:register:read"
    SCREENING_REGISTER_MANAGE = "screening:register:manage"
    # Offers the public reported from the screening page ("report this offer").
    SCREENING_TIP_CREATE = "screening:tip:create"
    SCREENING_TIP_READ = "screening:tip:read"
    SCREENING_TIP_UPDATE = "screening:tip:update"
    # Any signed-in account.
    ACCESS_SESSION_DELETE = "access:session:delete"
    ACCESS_PROFILE_READ = "access:profile:read"
    ACCESS_PROFILE_UPDATE = "access:profile:update"
    ACCESS_TOKEN_MANAGE = "access:token:manage"
    # Case work.
    CASES_CASE_CREATE = "cases:case:create"
    CASES_CASE_READ = "cases:case:read"
    CASES_CASE_UPDATE = "cases:case:update"
    CASES_CASE_SEARCH = "cases:case:search"
    CASES_CASE_ASSIGN = "cases:case:assign"
    CASES_CASE_CLOSE = "cases:case:close"
    CASES_NOTE_CREATE = "cases:note:create"
    CASES_CONSENT_RECORD = "cases:consent:record"
    CASES_AUDIT_READ = "cases:audit:read"
    # Aggregates only.
    STATS_AGGREGATE_READ = "stats:aggregate:read"
    # Administration.
    ACCESS_AGENCY_READ = "access:agency:read"
    ACCESS_AGENCY_MANAGE = "access:agency:manage"
    ACCESS_USER_READ = "access:user:read"
    ACCESS_USER_MANAGE = "access:user:manage"
    ACCESS_AUDIT_VERIFY = "access:audit:verify"


class Role(StrEnum):
    CASEWORKER = "caseworker"
    SUPERVISOR = "supervisor"
    INVESTIGATOR = "investigator"
    PROSECUTOR = "prosecutor"
    CONSULAR_OFFICER = "consular_officer"
    ANALYST = "analyst"
    ADMINISTRATOR = "administrator"


P = Permission

PUBLIC_PERMISSIONS: frozenset[Permission] = frozenset({
    P.SYSTEM_HEALTH_READ, P.ACCESS_SESSION_CREATE, P.SCREENING_OFFER_SCREEN,
})
# Reporting an offer is public too, but it is a write: it has its own permission so that the
# route inventory shows it and a deployment could withdraw it.
PUBLIC_PERMISSIONS = PUBLIC_PERMISSIONS | {P.SCREENING_TIP_CREATE}
SIGNED_IN_PERMISSIONS: frozenset[Permission] = PUBLIC_PERMISSIONS | {
    P.ACCESS_SESSION_DELETE, P.ACCESS_PROFILE_READ, P.ACCESS_PROFILE_UPDATE, P.ACCESS_TOKEN_MANAGE,
    # The directory of agencies is not personal data, and consent forms name recipients from it.
    P.ACCESS_AGENCY_READ,
    # The OEP register is public information published by the BE&OE.
    P.SCREENING_REGISTER_READ,
}

_CASE_WORK = {P.CASES_CASE_CREATE, P.CASES_CASE_READ, P.CASES_CASE_UPDATE, P.CASES_CASE_SEARCH,
              P.CASES_NOTE_CREATE, P.CASES_CONSENT_RECORD}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CASEWORKER: frozenset(_CASE_WORK),
    Role.SUPERVISOR: frozenset(_CASE_WORK | {P.CASES_CASE_ASSIGN, P.CASES_CASE_CLOSE,
                                             P.CASES_AUDIT_READ, P.STATS_AGGREGATE_READ}),
    Role.INVESTIGATOR: frozenset(_CASE_WORK | {P.SCREENING_TIP_READ, P.SCREENING_TIP_UPDATE}),
    # Prosecutors read what they are assigned to and add notes; they do not edit the record.
    Role.PROSECUTOR: frozenset({P.CASES_CASE_READ, P.CASES_CASE_SEARCH, P.CASES_NOTE_CREATE}),
    Role.CONSULAR_OFFICER: frozenset(_CASE_WORK),
    Role.ANALYST: frozenset({P.STATS_AGGREGATE_READ}),
    Role.ADMINISTRATOR: frozenset({P.ACCESS_AGENCY_READ, P.ACCESS_AGENCY_MANAGE, P.ACCESS_USER_READ,
                                   P.ACCESS_USER_MANAGE, P.ACCESS_AUDIT_VERIFY,
                                   P.SCREENING_REGISTER_READ, P.SCREENING_REGISTER_MANAGE}),
}

# Roles whose accounts must pass TOTP two-factor before any permission beyond setting it up.
ROLES_REQUIRING_MFA: frozenset[Role] = frozenset({Role.ADMINISTRATOR, Role.INVESTIGATOR})

# Roles that see every case their agency owns (others see cases assigned to them).
AGENCY_WIDE_ROLES: frozenset[Role] = frozenset({Role.SUPERVISOR})


def permissions_for(roles: frozenset[Role] | set[Role]) -> frozenset[Permission]:
    perms: set[Permission] = set(SIGNED_IN_PERMISSIONS)
    for role in roles:
        perms |= ROLE_PERMISSIONS[role]
    return frozenset(perms)
