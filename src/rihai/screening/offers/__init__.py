"""Job-offer screening: "Is this job offer safe?". The front door is ``service`` (``screen`` and the
register verbs); see its docstring for the public functions and docs/screening.md for the scoring."""
