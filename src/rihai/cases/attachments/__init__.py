"""Attachments: files kept on a case (passport and CNIC scans, FIR copies, medical notes, photos),
a sub-domain of ``cases`` with its own front door (``service.py``). See docs/cases.md.

Each file is checked by its content and re-written before it is stored (``files.py``: images
re-encoded without metadata, PDFs refused if they carry scripts, actions or embedded files), then
kept AES-GCM encrypted in the database, bound to its row. Each has a need-to-know kind
(``codes.py``); medical files stay with the care team. Every list and every opened file is audited.

Tables: case_attachments, case_attachment_contents (``models.py``).
Public surface: ``service`` — add_attachment, list_attachments, read_attachment, kinds_for.
"""
