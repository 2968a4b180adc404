"""Print and export: a case's summary as a PDF in English or Urdu holding only what its reader may
see, and the case list as a spreadsheet (CSV) for supervisors, formula-safe. A sub-domain of
``cases`` with its own front door (``service.py``); every document made is audited.

Public surface: ``service`` — case_summary_pdf, case_list_csv.
"""
