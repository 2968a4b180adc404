"""Access: who may do what, and a record of what they did.

Tables: agencies, users, user_roles, web_sessions, api_tokens, audit_events.
Public surface: ``permissions`` (the ``Permission`` catalogue, ``Role`` and their bundles),
``actors.Actor``, ``policy.visible`` (SQL row scoping that other domains register into),
``audit.record`` / ``audit.verify`` (the hash-chained audit log), ``service`` (agencies and users),
``auth`` (passwords, lockout, sessions, TOTP, API tokens) and ``deps.Requires`` (the one permission
dependency every route declares).
"""
