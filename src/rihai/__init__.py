"""Rihai (رہائی, "release"): software for the people who fight human trafficking in Pakistan.

Domains live in sub-packages (``access``, ``cases``, ``screening`` …); core pieces
(``settings``, ``db``, ``errors``, ``crypto``, ``names``, ``validators``, ``web``) know no domain.
"""

__version__ = "0.1.0"
