"""``rihai screen``: is this job offer safe? One offer, a JSONL file of posts, or retraining the
model on an organisation's own labelled offers.

    rihai screen "Customer service job in Thailand, visa free, WhatsApp only …"
    rihai screen --in posts.jsonl --out results.jsonl        # {"id", "text"} per line
    rihai screen --in posts.jsonl --out results.jsonl --engine spark   # the same on a local Spark
    rihai screen train --data labelled.jsonl                  # {"text", "label", ["group"]}
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.panel import Panel
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .common import console, fail


def screen(
    text: Annotated[str | None, typer.Argument(help="The offer's text, or 'train' to retrain the model")] = None,
    in_path: Annotated[Path | None, typer.Option("--in", help="JSONL of {\"id\", \"text\"} to screen in bulk")] = None,
    out_path: Annotated[Path | None, typer.Option("--out", help="Where bulk results go (JSONL); '-' for stdout")] = None,
    register: Annotated[Path | None, typer.Option(help="OEP register (CSV/XLSX) to check licences against")] = None,
    workers: Annotated[int | None, typer.Option(min=1, help="Processes for bulk mode (default: all cores)")] = None,
    engine: Annotated[str, typer.Option(help="Bulk mode: 'local' (process pool) or 'spark' (local Spark, "
                                              "mapPartitions; needs Java 17 and pyspark)")] = "local",
    as_json: Annotated[bool, typer.Option("--json", help="Print the full assessment as JSON")] = False,
    data: Annotated[Path | None, typer.Option("--data", help="train: labelled JSONL {text, label[, group]}")] = None,
    model_out: Annotated[Path | None, typer.Option("--model-out", help="train: where the model is saved")] = None,
    with_builtin: Annotated[bool, typer.Option(help="train: also learn from the built-in synthetic corpus")] = True,
) -> None:
    """Screen job offers for signs of trafficking and recruitment fraud."""
    from rihai.screening.offers.service import Register, load_register

    reg = Register(load_register(register)) if register else None
    if text == "train":
        if data is None:
            fail("rihai screen train needs --data labelled.jsonl")
        _train(data, model_out, with_builtin)
    elif in_path is not None:
        if out_path is None:
            fail("bulk mode needs --out results.jsonl (or --out - for standard output)")
        if engine not in ("local", "spark"):
            fail("--engine is 'local' or 'spark'")
        _bulk(in_path, out_path, reg, workers, engine)
    elif text:
        _one(text, reg, as_json)
    else:
        fail("give the offer's text, or --in posts.jsonl --out results.jsonl, or 'train --data …'")


def _one(text: str, register: object, as_json: bool) -> None:
    from rihai.screening.offers.service import ScreeningInputError, screen as screen_text

    try:
        a = screen_text(text, register)  # type: ignore[arg-type]
    except ScreeningInputError as exc:
        fail(str(exc))
    if as_json:
        console.print_json(a.model_dump_json())
        return
    colour = {"high": "red", "medium": "yellow", "low": "green"}[a.band]
    console.print(Panel(f"[bold {colour}]{a.band.upper()} risk[/] ({a.risk:.0%})"
                        + (" — low confidence" if a.confidence == "low" else ""), title="Is this job offer safe?"))
    if a.red_flags:
        table = Table("warning sign", "found in", show_lines=False)
        for f in a.red_flags:
            table.add_row(f.explanation_en, "; ".join(s.text for s in f.spans[:3]))
        console.print(table)
    for f in a.reassuring:
        console.print(f"[green]+[/] {f.explanation_en}")
    for c in a.licence_checks:
        console.print(f"licence {c.query_licence or c.query_name}: [bold]{c.status}[/]")
    for adv in a.advice:
        console.print(f"• {adv.en}")


def _read_jsonl(path: Path) -> Iterator[dict]:
    """Records from a JSONL file; a line that is not a JSON object becomes an error record, so one
    bad line never stops a batch of 100,000."""
    with path.open(encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                rec = None
            if not isinstance(rec, dict):
                yield {"id": f"line-{n}", "_error": "not a JSON object"}
                continue
            rec.setdefault("id", f"line-{n}")
            yield rec


def _count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for line in fh if line.strip())


def _bulk(in_path: Path, out_path: Path, register: object, workers: int | None, engine: str = "local") -> None:
    from rihai.screening.offers.service import screen_bulk

    if not in_path.exists():
        fail(f"no such file: {in_path}")
    if engine == "spark":
        _bulk_spark(in_path, out_path, register, workers)
        return
    total = _count_lines(in_path)
    good: list[dict] = []
    bad: list[dict] = []
    for rec in _read_jsonl(in_path):
        (bad if "_error" in rec else good).append(rec)
    out = sys.stdout if str(out_path) == "-" else out_path.open("w", encoding="utf-8")
    counts = {"high": 0, "medium": 0, "low": 0, "error": len(bad)}
    try:
        for rec in bad:
            out.write(json.dumps({"id": rec["id"], "error": rec["_error"]}, ensure_ascii=False) + "\n")
        with Progress(TextColumn("screening"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=console if out is not sys.stdout else None, transient=out is sys.stdout) as bar:
            task = bar.add_task("screening", total=total, completed=len(bad))
            for result in screen_bulk(good, register, workers=workers):  # type: ignore[arg-type]
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
                counts[result.get("band", "error") if "error" not in result else "error"] += 1
                bar.advance(task)
    finally:
        if out is not sys.stdout:
            out.close()
    if out is not sys.stdout:
        console.print(f"screened {sum(counts.values())} posts: {counts['high']} high, {counts['medium']} "
                      f"medium, {counts['low']} low, {counts['error']} not screenable → {out_path}")


def _bulk_spark(in_path: Path, out_path: Path, register: object, cores: int | None) -> None:
    from rihai.screening.offers.service import local_spark_session, screen_jsonl_spark

    try:
        spark = local_spark_session(cores)
    except Exception as exc:  # noqa: BLE001 - no pyspark, or no Java: say so instead of a traceback
        fail(f"Spark could not start ({type(exc).__name__}): install pyspark and Java 17 (scripts/system-deps.sh)")
    out = sys.stdout if str(out_path) == "-" else out_path.open("w", encoding="utf-8")
    counts = {"high": 0, "medium": 0, "low": 0, "error": 0}
    try:
        for result in screen_jsonl_spark(spark, str(in_path), register):  # type: ignore[arg-type]
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
            counts[result.get("band") or "error"] += 1
    finally:
        if out is not sys.stdout:
            out.close()
    if out is not sys.stdout:
        console.print(f"screened {sum(counts.values())} posts on Spark: {counts['high']} high, {counts['medium']} "
                      f"medium, {counts['low']} low, {counts['error']} not screenable → {out_path}")


_DIGITS = re.compile(r"\d+")


def _group_of(text: str) -> str:
    # Near-duplicate posts (the same template with other numbers or spacing) share a group, so the
    # held-out split never tests on a copy of a training post.
    norm = _DIGITS.sub("0", " ".join(text.lower().split()))
    return "u:" + hashlib.sha1(norm.encode()).hexdigest()[:12]


def _train(data: Path, model_out: Path | None, with_builtin: bool) -> None:
    from rihai.screening.offers import training as M
    from rihai.screening.offers.corpus import generate

    if not data.exists():
        fail(f"no such file: {data}")
    records: list[dict] = []
    for n, rec in enumerate(_read_jsonl(data), start=1):
        if "_error" in rec or not isinstance(rec.get("text"), str) or rec.get("label") not in (0, 1, True, False):
            fail(f"line {n}: each line needs \"text\" (string) and \"label\" (0 = genuine, 1 = lure)")
        records.append({"text": rec["text"], "label": int(rec["label"]),
                        "group": str(rec.get("group") or _group_of(rec["text"]))})
    if len({r["label"] for r in records}) < 2:
        fail("the labelled data needs both lures (1) and genuine offers (0)")
    if with_builtin:
        records += generate(M.CORPUS_PER_TEMPLATE, seed=M.SEED)
    console.print(f"training on {len(records)} offers ({len(set(r['group'] for r in records))} groups)…")
    report = M.evaluate(records)
    table = Table("scorer", "precision", "recall", "F1", "ROC-AUC", title="held-out groups")
    for key in ("combined", "model_only", "rules_only", "baseline_tfidf_lr"):
        m = report[key]
        table.add_row(key, *(f"{m[k]:.3f}" for k in ("precision", "recall", "f1", "roc_auc")))
    console.print(table)
    model = M.train(records)
    target = model_out or Path("screening-model.npz")
    model.save(target)
    console.print(f"model saved to {target}. Use it: RIHAI_SCREENING_MODEL_FILE={target.resolve()}")
