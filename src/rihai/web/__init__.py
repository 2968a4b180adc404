"""Shared web plumbing (no domain knowledge): request-owned transactions, the permission dependency's
CSRF check helpers, the HTML/HTMX render helper, translations and security headers."""
