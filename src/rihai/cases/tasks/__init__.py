"""Follow-ups: tasks with a due date on a case, a sub-domain of ``cases`` with its own front door
(``service.py``).

A follow-up is written by hand or from a support-plan item, a hearing or a referral (its source,
kept as a link), assigned to a member of the case team, open until someone marks it done (who and
when kept). Its words are personal data (``Encrypted``); dates, statuses and sources are plain so
that "overdue" is a query. A background job (``reminders.add_job``) tells each assignee once a day,
through the notification outbox, how many of their follow-ups are overdue — a count and a link,
never a case detail.

Tables: case_tasks (``models.py``).
Public surface: ``service`` — add_task, complete_task, reopen_task, tasks_for_case, my_tasks,
my_task_rows and my_task_counts (My follow-ups: a page, then its three tiles in one statement),
overdue_count, overdue_case_ids and has_overdue (what the work queue's "overdue" filter reads),
sources_for, and ``reminders`` — send_reminders, add_job. Other ``cases`` modules call only
``service``; the rest of the application reaches it through ``cases.service`` or its router
(``pages.py``).
"""
