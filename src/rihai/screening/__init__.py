"""Screening: three rooms, each a sub-package with its own front door (``service.py``).

- ``offers``: "Is this job offer safe?" - the job-offer engine (red flags, entities, the OEP
  licence register, the classifier and its training, bulk screening, screenshots). Owns the OEP
  register tables.
- ``identification``: ILO-indicator identification interviews stored against a case, and the
  pure rule that suggests a status from the answers. Owns the interview table.
- ``tips``: offers the public reported to investigators from the screening page. Owns the tips
  table; builds on ``offers`` (a tip is assessed as an offer).
"""
