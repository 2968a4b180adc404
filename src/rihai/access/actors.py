"""Who is acting: a signed-in user (browser or API token), a CLI operator, or nobody."""

from __future__ import annotations

from dataclasses import dataclass, field

from rihai.access.permissions import (
    AGENCY_WIDE_ROLES,
    PUBLIC_PERMISSIONS,
    Permission,
    Role,
    permissions_for,
    usable_roles,
)


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    agency_id: int | None
    roles: frozenset[Role] = frozenset()
    permissions: frozenset[Permission] = PUBLIC_PERMISSIONS
    via: str = "anonymous"  # "web", "token", "cli", "anonymous", "system"
    display_name: str = ""
    locale: str = "en"
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def anonymous(cls) -> Actor:
        return cls(user_id=None, agency_id=None)

    @classmethod
    def for_user(cls, user_id: int, agency_id: int, roles: frozenset[str], *, via: str,
                 scopes: frozenset[Permission] | None = None, display_name: str = "",
                 locale: str = "en") -> Actor:
        # Administrator with a case role acts as administrator only (separation of duties).
        role_set = usable_roles(frozenset(Role(r) for r in roles))
        perms = permissions_for(role_set)
        if scopes is not None:
            # A token never grants more than its owner holds, and holds only what it was given.
            perms = (perms & scopes) | PUBLIC_PERMISSIONS
        return cls(user_id=user_id, agency_id=agency_id, roles=role_set, permissions=perms,
                   via=via, display_name=display_name, locale=locale)

    @classmethod
    def system(cls, label: str = "system") -> Actor:
        """Maintenance jobs (migrations, key rotation, seeding): audited as the system."""
        return cls(user_id=None, agency_id=None, via=label, display_name=label,
                   permissions=frozenset(Permission))

    @property
    def is_authenticated(self) -> bool:
        return self.user_id is not None

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    @property
    def sees_whole_agency(self) -> bool:
        return bool(self.roles & AGENCY_WIDE_ROLES)
