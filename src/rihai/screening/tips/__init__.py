"""Reported offers ("tips"): what the public chose to send investigators from the screening page,
and the investigators' review of them. The front door is ``service``; tables in ``models``."""
