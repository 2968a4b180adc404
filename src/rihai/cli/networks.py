"""``rihai networks``: recruiter networks across records.

    rihai networks resolve --in records.jsonl --out mentions.jsonl [--possible possible.jsonl]

``resolve`` works on any file, without a database: each input line is one source record
({"record_id", "source", "agency", "date", "people": [{"ref", "name", "aliases", "role",
"father_name", "cnic", "phones", "handles", "emails", "accounts"}], "phones", "handles", "emails",
"accounts", "licences", "companies", "places"}; all but record_id and people optional), each output
line one person mention ({"record_id", "ref", "entity_id", "network_id", "probability"}). A
malformed line is reported with its number and skipped; an unknown field is named once; messages
never quote a value. ``--possible`` also writes the pairs of mentions a reviewer should look at
(a name corroborated by a place, a person named with them or a father's name; never merged):
{"a": {"record_id", "ref"}, "b": {...}, "probability", "evidence"}. The only files written are the
ones asked for.

``networks_app`` is the Typer group; the database commands (``build``, ``export``) register on it
from their own module.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .common import err_console, fail

networks_app = typer.Typer(no_args_is_help=True, help="Recruiter networks: resolve people and link records.")

# Below this many records the work takes a blink; no progress bar.
PROGRESS_FROM = 20_000


@networks_app.command("resolve")
def resolve_command(
    in_path: Annotated[Path, typer.Option("--in", help="JSONL, one source record per line ('-': standard input)")],
    out_path: Annotated[Path, typer.Option("--out", help="JSONL, one person mention per line ('-': standard output)")],
    generic: Annotated[list[str] | None, typer.Option(
        "--generic", help="KIND:VALUE never to link on (a helpline, a bus company's number); repeatable")] = None,
    possible_path: Annotated[Path | None, typer.Option(
        "--possible", help="JSONL: pairs of mentions that may be one person, for a reviewer (never merged)")] = None,
) -> None:
    """Resolve the people in a file of records into entities and networks (no database)."""
    from rihai.networks.service import resolve

    if str(in_path) != "-" and not in_path.is_file():
        fail("the input file does not exist")
    listed = []
    for item in generic or ():
        kind, sep, value = item.partition(":")
        if not sep or not value:
            fail("--generic takes KIND:VALUE, e.g. phone:1122")
        listed.append((kind.strip(), value.strip()))
    with _open_in(in_path) as lines:
        records, total_lines = _read(lines)
    if not records:
        fail(f"no record could be read from {total_lines} line(s)")
    with _progress(len(records)) as step:
        try:
            result = resolve(records, generic=listed, progress=step, possible=possible_path is not None)
        except ValueError as exc:  # e.g. an unknown identifier kind in --generic; never a value
            fail(str(exc))
    with _open_out(out_path) as out:
        for person in result.persons:
            out.write(json.dumps(person.as_json(), ensure_ascii=False) + "\n")
    if possible_path is not None:
        with _open_out(possible_path) as out:
            for pm in result.possible:
                out.write(json.dumps({"a": {"record_id": pm.a[0], "ref": pm.a[1]},
                                      "b": {"record_id": pm.b[0], "ref": pm.b[1]},
                                      "probability": pm.probability, "evidence": list(pm.evidence)},
                                     ensure_ascii=False) + "\n")
    err_console.print(f"{len(result.persons)} person mention(s) in {len(records)} record(s): "
                      f"{len(result.entities)} entities, {len(result.networks)} networks, "
                      f"{len(result.generic)} generic value(s) set aside"
                      + (f", {len(result.possible)} possible match(es) for review" if possible_path else ""))


def _read(lines: Iterator[str]):  # type: ignore[no-untyped-def]
    from rihai.networks.service import parse_record

    records = []
    seen: dict[str, int] = {}
    named: set[str] = set()
    n = 0
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            err_console.print(f"line {n}: not valid JSON ({exc.msg} at column {exc.colno}); skipped")
            continue
        try:
            record, unknown = parse_record(obj)
        except ValueError as exc:
            err_console.print(f"line {n}: {exc}; skipped")
            continue
        if record.record_id in seen:
            err_console.print(f"line {n}: the record_id of line {seen[record.record_id]} again; skipped")
            continue
        seen[record.record_id] = n
        for field in unknown:
            if field not in named:
                named.add(field)
                err_console.print(f"line {n}: field '{_safe(field)}' is not read (ignored here and on every line)")
        records.append(record)
    return records, n


def _safe(field: str) -> str:
    # A field name is the writer's choice, not a value; still, keep it short and printable.
    return "".join(ch for ch in field if ch.isprintable())[:60]


@contextmanager
def _open_in(path: Path) -> Iterator[Iterator[str]]:
    if str(path) == "-":
        yield iter(sys.stdin)
        return
    with path.open(encoding="utf-8-sig", errors="replace") as f:
        yield iter(f)


@contextmanager
def _open_out(path: Path) -> Iterator[TextIO]:
    if str(path) == "-":
        yield sys.stdout
        return
    try:
        f = path.open("w", encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write the output file ({exc.strerror})")
    with f:
        yield f


@contextmanager
def _progress(total: int):  # type: ignore[no-untyped-def]
    if total < PROGRESS_FROM:
        yield None
        return
    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=err_console, transient=True)
    tasks: dict[str, int] = {}

    def step(stage: str, done: int, of: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task({"normalise": "reading", "link": "linking"}.get(stage, stage), total=of)
        bar.update(tasks[stage], completed=done, total=of)

    with bar:
        yield step
