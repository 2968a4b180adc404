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
    # Files kept on a case (scans, FIR copies, medical notes, photos), each of a need-to-know kind.
    CASES_ATTACHMENT_READ = "cases:attachment:read"
    CASES_ATTACHMENT_WRITE = "cases:attachment:write"
    # The case list as a spreadsheet (supervisors), and moving a case to another agency.
    CASES_CASE_EXPORT = "cases:case:export"
    CASES_CASE_TRANSFER = "cases:case:transfer"
    CASES_TRANSFER_DECIDE = "cases:transfer:decide"
    # The criminal-justice track of a case and its support plan (HTCDS ``spl_``).
    CASES_PROSECUTION_READ = "cases:prosecution:read"
    CASES_PROSECUTION_UPDATE = "cases:prosecution:update"
    CASES_PLAN_UPDATE = "cases:plan:update"
    # Follow-ups (tasks with a due date) on a case, and the reminders of those overdue.
    CASES_TASK_READ = "cases:task:read"
    CASES_TASK_WRITE = "cases:task:write"
    CASES_LINK_REQUEST = "cases:link:request"
    CASES_LINK_DECIDE = "cases:link:decide"
    # Identification interviews (ILO indicators) and the decision a person takes on them.
    SCREENING_INTERVIEW_CREATE = "screening:interview:create"
    SCREENING_INTERVIEW_READ = "screening:interview:read"
    SCREENING_INTERVIEW_DECIDE = "screening:interview:decide"
    # The national referral mechanism: the service directory and referrals between agencies.
    REFERRALS_PROVIDER_READ = "referrals:provider:read"
    REFERRALS_PROVIDER_MANAGE = "referrals:provider:manage"
    REFERRALS_REFERRAL_CREATE = "referrals:referral:create"
    REFERRALS_REFERRAL_READ = "referrals:referral:read"
    REFERRALS_REFERRAL_RESPOND = "referrals:referral:respond"
    REFERRALS_CONSENT_OVERRIDE = "referrals:consent:override"
    REFERRALS_INDICATOR_READ = "referrals:indicator:read"
    # Family tracing. Families file requests and check their status without an account.
    TRACING_REQUEST_SUBMIT = "tracing:request:submit"
    TRACING_STATUS_CHECK = "tracing:status:check"
    TRACING_REQUEST_CREATE = "tracing:request:create"
    TRACING_REQUEST_READ = "tracing:request:read"
    TRACING_LIST_IMPORT = "tracing:list:import"
    TRACING_MATCH_RUN = "tracing:match:run"
    TRACING_MATCH_REVIEW = "tracing:match:review"
    # Recruiter networks across agencies (issue 17). The hint ("known in N records held by X and Y
    # since DATE") tells whoever records a perpetrator that others know them, without content;
    # entities, graphs and exports are for investigators and prosecutors.
    NETWORKS_HINT_READ = "networks:hint:read"
    NETWORKS_ENTITY_READ = "networks:entity:read"
    NETWORKS_ACCESS_REQUEST = "networks:access:request"
    NETWORKS_ACCESS_DECIDE = "networks:access:decide"
    NETWORKS_GRAPH_BUILD = "networks:graph:build"
    NETWORKS_LINK_REVIEW = "networks:link:review"
    NETWORKS_WATCH_MANAGE = "networks:watch:manage"
    NETWORKS_WATCHLIST_IMPORT = "networks:watchlist:import"
    NETWORKS_EVIDENCE_EXPORT = "networks:evidence:export"
    NETWORKS_GRAPH_EXPORT = "networks:graph:export"
    # Aggregates only.
    STATS_AGGREGATE_READ = "stats:aggregate:read"
    STATS_REPORT_EXPORT = "stats:report:export"
    STATS_RELEASE_CREATE = "stats:release:create"
    # Administration.
    ACCESS_AGENCY_READ = "access:agency:read"
    ACCESS_AGENCY_MANAGE = "access:agency:manage"
    ACCESS_USER_READ = "access:user:read"
    ACCESS_USER_MANAGE = "access:user:manage"
    ACCESS_AUDIT_VERIFY = "access:audit:verify"
    # The second administrator's half of a four-eyes role grant (see CASE_ROLES below).
    ACCESS_GRANT_APPROVE = "access:grant:approve"


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
# A family files a tracing request and checks it with its reference and secret, without an account.
PUBLIC_PERMISSIONS = PUBLIC_PERMISSIONS | {P.TRACING_REQUEST_SUBMIT, P.TRACING_STATUS_CHECK}
SIGNED_IN_PERMISSIONS: frozenset[Permission] = PUBLIC_PERMISSIONS | {
    P.ACCESS_SESSION_DELETE, P.ACCESS_PROFILE_READ, P.ACCESS_PROFILE_UPDATE, P.ACCESS_TOKEN_MANAGE,
    # The directory of agencies is not personal data, and consent forms name recipients from it.
    P.ACCESS_AGENCY_READ,
    # The OEP register is public information published by the BE&OE.
    P.SCREENING_REGISTER_READ,
}

_CASE_WORK = {P.CASES_CASE_CREATE, P.CASES_CASE_READ, P.CASES_CASE_UPDATE, P.CASES_CASE_SEARCH,
              P.CASES_ATTACHMENT_READ, P.CASES_ATTACHMENT_WRITE, P.CASES_NOTE_CREATE,
              P.CASES_CONSENT_RECORD, P.CASES_PLAN_UPDATE, P.CASES_TASK_READ, P.CASES_TASK_WRITE, P.CASES_LINK_REQUEST,
              P.SCREENING_INTERVIEW_CREATE, P.SCREENING_INTERVIEW_READ, P.SCREENING_INTERVIEW_DECIDE,
              P.REFERRALS_PROVIDER_READ, P.REFERRALS_REFERRAL_CREATE, P.REFERRALS_REFERRAL_READ,
              P.REFERRALS_REFERRAL_RESPOND, P.REFERRALS_INDICATOR_READ}
_TRACING_DESK = {P.TRACING_REQUEST_CREATE, P.TRACING_REQUEST_READ, P.TRACING_LIST_IMPORT,
                 P.TRACING_MATCH_RUN, P.TRACING_MATCH_REVIEW}
_JUSTICE = {P.CASES_PROSECUTION_READ, P.CASES_PROSECUTION_UPDATE}
# Prosecutors keep follow-ups too (a witness to prepare before a hearing).
_FOLLOW_UPS = {P.CASES_TASK_READ, P.CASES_TASK_WRITE}
# Networks: the hint for anyone doing case work; the network itself for those who investigate and
# prosecute; the owning agency's supervisor decides who else may see its mentions.
_NETWORK_HINT = {P.NETWORKS_HINT_READ}
_NETWORK_ANALYSIS = {P.NETWORKS_HINT_READ, P.NETWORKS_ENTITY_READ, P.NETWORKS_ACCESS_REQUEST,
                     P.NETWORKS_WATCH_MANAGE, P.NETWORKS_EVIDENCE_EXPORT}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CASEWORKER: frozenset(_CASE_WORK | _TRACING_DESK | _NETWORK_HINT),
    Role.SUPERVISOR: frozenset(_CASE_WORK | _TRACING_DESK | _NETWORK_HINT | {
        P.CASES_CASE_ASSIGN, P.CASES_CASE_CLOSE, P.CASES_AUDIT_READ, P.STATS_AGGREGATE_READ,
        P.CASES_CASE_EXPORT, P.CASES_CASE_TRANSFER, P.CASES_TRANSFER_DECIDE,
        P.CASES_LINK_DECIDE,
        P.REFERRALS_CONSENT_OVERRIDE, P.CASES_PROSECUTION_READ,
        P.NETWORKS_ACCESS_DECIDE, P.NETWORKS_GRAPH_BUILD, P.NETWORKS_WATCHLIST_IMPORT}),
    Role.INVESTIGATOR: frozenset(_CASE_WORK | _TRACING_DESK | _JUSTICE | _NETWORK_ANALYSIS | {
        P.SCREENING_TIP_READ, P.SCREENING_TIP_UPDATE, P.NETWORKS_GRAPH_BUILD, P.NETWORKS_LINK_REVIEW,
        P.NETWORKS_WATCHLIST_IMPORT, P.NETWORKS_GRAPH_EXPORT}),
    # Prosecutors read what they are assigned to, keep the criminal-justice track and add notes;
    # they do not edit the rest of the record.
    Role.PROSECUTOR: frozenset({P.CASES_CASE_READ, P.CASES_CASE_SEARCH, P.CASES_NOTE_CREATE,
                                P.CASES_ATTACHMENT_READ} | _JUSTICE | _FOLLOW_UPS | _NETWORK_ANALYSIS),
    Role.CONSULAR_OFFICER: frozenset(_CASE_WORK | _TRACING_DESK | _NETWORK_HINT),
    Role.ANALYST: frozenset({P.STATS_AGGREGATE_READ, P.STATS_REPORT_EXPORT, P.STATS_RELEASE_CREATE}),
    Role.ADMINISTRATOR: frozenset({P.ACCESS_AGENCY_READ, P.ACCESS_AGENCY_MANAGE, P.ACCESS_USER_READ,
                                   P.ACCESS_USER_MANAGE, P.ACCESS_AUDIT_VERIFY, P.ACCESS_GRANT_APPROVE,
                                   P.SCREENING_REGISTER_READ, P.SCREENING_REGISTER_MANAGE,
                                   P.REFERRALS_PROVIDER_READ, P.REFERRALS_PROVIDER_MANAGE}),
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


# -- separation of duties and four eyes ---------------------------------------------------------
# Derived from the catalogue, so a new role or permission is classed without a list to update.
# Case permissions open (or act on) survivors' records: the cases, referrals and tracing scopes,
# plus identification interviews and the recruiter networks drawn from them. The service directory (``referrals:provider:*``) lists
# organisations, not people, and the family's own tracing routes are public: neither is case work.
_CASE_SCOPES = ("cases:", "referrals:", "tracing:", "screening:interview:", "networks:")
_NOT_CASE_WORK = {P.REFERRALS_PROVIDER_READ, P.REFERRALS_PROVIDER_MANAGE}
CASE_PERMISSIONS: frozenset[Permission] = frozenset(
    p for p in Permission if p.startswith(_CASE_SCOPES)) - _NOT_CASE_WORK - PUBLIC_PERMISSIONS
# Roles carrying any case permission. An account never holds one of these with administrator.
CASE_ROLES: frozenset[Role] = frozenset(
    r for r, perms in ROLE_PERMISSIONS.items() if perms & CASE_PERMISSIONS)
# Roles an administrator may give only with a second administrator's approval: those that read
# records, and those that approve grants (else one administrator could make a second
# administrator account and approve their own requests with it).
ROLES_NEEDING_APPROVAL: frozenset[Role] = CASE_ROLES | frozenset(
    r for r, perms in ROLE_PERMISSIONS.items() if P.ACCESS_GRANT_APPROVE in perms)


def mixes_admin_and_case_roles(roles: frozenset[Role] | set[Role]) -> bool:
    return Role.ADMINISTRATOR in roles and bool(set(roles) & CASE_ROLES)


def usable_roles(roles: frozenset[Role]) -> frozenset[Role]:
    """The roles an actor may act with. An account holding administrator and a case role (a row
    from before the rule, or written around the services) acts as an administrator only: the case
    roles are dropped, so managing accounts never comes with reading records."""
    if mixes_admin_and_case_roles(roles):
        return roles - CASE_ROLES
    return roles

# What a person reads for each permission (the token form lists them): the English is the msgid of
# the Urdu catalogue; the ``scope:resource:action`` name stays in the API and the form's values.
PERMISSION_LABELS: dict[Permission, str] = {
    P.SYSTEM_HEALTH_READ: "Check that the service is up",
    P.ACCESS_SESSION_CREATE: "Sign in",
    P.SCREENING_OFFER_SCREEN: "Check a job offer",
    P.SCREENING_REGISTER_READ: "Read the register of licensed recruiters",
    P.SCREENING_REGISTER_MANAGE: "Update the register of licensed recruiters",
    P.SCREENING_TIP_CREATE: "Report a job offer",
    P.SCREENING_TIP_READ: "Read reported offers",
    P.SCREENING_TIP_UPDATE: "Update reported offers",
    P.ACCESS_SESSION_DELETE: "Sign out",
    P.ACCESS_PROFILE_READ: "Read your own account",
    P.ACCESS_PROFILE_UPDATE: "Change your own account",
    P.ACCESS_TOKEN_MANAGE: "Manage your access tokens",
    P.CASES_CASE_CREATE: "Open cases",
    P.CASES_CASE_READ: "Read cases",
    P.CASES_CASE_UPDATE: "Change cases",
    P.CASES_CASE_SEARCH: "Search cases",
    P.CASES_CASE_ASSIGN: "Assign cases",
    P.CASES_CASE_CLOSE: "Close cases",
    P.CASES_NOTE_CREATE: "Add notes to cases",
    P.CASES_CONSENT_RECORD: "Record consent",
    P.CASES_AUDIT_READ: "Read who did what on a case",
    P.CASES_ATTACHMENT_READ: "Read files attached to cases",
    P.CASES_ATTACHMENT_WRITE: "Attach files to cases",
    P.CASES_CASE_EXPORT: "Export the case list",
    P.CASES_CASE_TRANSFER: "Transfer cases to another agency",
    P.CASES_TRANSFER_DECIDE: "Accept or refuse cases transferred to your agency",
    P.CASES_PROSECUTION_READ: "Read the prosecution of a case",
    P.CASES_PROSECUTION_UPDATE: "Update the prosecution of a case",
    P.CASES_PLAN_UPDATE: "Update support plans",
    P.CASES_TASK_READ: "Read follow-ups on cases",
    P.CASES_TASK_WRITE: "Add and complete follow-ups on cases",
    P.CASES_LINK_REQUEST: "Ask another agency to link its record of the same person",
    P.CASES_LINK_DECIDE: "Answer requests to link records of the same person",
    P.SCREENING_INTERVIEW_CREATE: "Start identification interviews",
    P.SCREENING_INTERVIEW_READ: "Read identification interviews",
    P.SCREENING_INTERVIEW_DECIDE: "Decide on identification interviews",
    P.REFERRALS_PROVIDER_READ: "Read the service directory",
    P.REFERRALS_PROVIDER_MANAGE: "Manage the service directory",
    P.REFERRALS_REFERRAL_CREATE: "Make referrals",
    P.REFERRALS_REFERRAL_READ: "Read referrals",
    P.REFERRALS_REFERRAL_RESPOND: "Answer referrals",
    P.REFERRALS_CONSENT_OVERRIDE: "Send a referral without consent (supervisor)",
    P.REFERRALS_INDICATOR_READ: "Read referral performance figures",
    P.TRACING_REQUEST_SUBMIT: "File a tracing request",
    P.TRACING_STATUS_CHECK: "Check a tracing request's status",
    P.TRACING_REQUEST_CREATE: "File tracing requests for families",
    P.TRACING_REQUEST_READ: "Read tracing requests",
    P.TRACING_LIST_IMPORT: "Import lists of people found",
    P.TRACING_MATCH_RUN: "Run matching",
    P.TRACING_MATCH_REVIEW: "Review possible matches",
    P.NETWORKS_HINT_READ: "See whether others know a recruiter",
    P.NETWORKS_ENTITY_READ: "Read recruiter networks",
    P.NETWORKS_ACCESS_REQUEST: "Ask another agency for its records",
    P.NETWORKS_ACCESS_DECIDE: "Answer requests for your agency's records",
    P.NETWORKS_GRAPH_BUILD: "Build the recruiter network",
    P.NETWORKS_LINK_REVIEW: "Review suggested links between records",
    P.NETWORKS_WATCH_MANAGE: "Manage watches on recruiters",
    P.NETWORKS_WATCHLIST_IMPORT: "Import watchlists",
    P.NETWORKS_EVIDENCE_EXPORT: "Export an evidence pack",
    P.NETWORKS_GRAPH_EXPORT: "Export the network graph",
    P.STATS_AGGREGATE_READ: "Read statistics",
    P.STATS_REPORT_EXPORT: "Export statistical reports",
    P.STATS_RELEASE_CREATE: "Publish statistical releases",
    P.ACCESS_AGENCY_READ: "Read the directory of agencies",
    P.ACCESS_AGENCY_MANAGE: "Manage agencies",
    P.ACCESS_USER_READ: "Read user accounts",
    P.ACCESS_USER_MANAGE: "Manage user accounts",
    P.ACCESS_AUDIT_VERIFY: "Verify the audit log",
    P.ACCESS_GRANT_APPROVE: "Approve role grants",
}
