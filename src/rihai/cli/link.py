"""``rihai link``: link two lists (or deduplicate one) that nobody prepared for us.

    rihai link --left embassy_list.csv --right shelter_list.csv --out pairs.csv
    rihai link --left tracing_requests.csv --out duplicates.csv --clusters

Rows are keyed by a ``unique_id`` column; the columns both files share are compared, their kind
(names, dates of birth, CNIC, phones, e-mails, places, sex) recognised from names and values, or
set with ``--config``. The model is estimated from the data itself (no labels needed).

Lists that cannot be shared in clear (docs/tracing.md, "Linking lists that cannot be shared in
clear") are encoded on the holder's side, offline, and only the encodings travel:

    rihai link secret --out partner.key                  # once, shared with the partner out of band
    rihai link encode --secret-file partner.key --in list.csv --out list.clk.json
    rihai link --left A.clk.json --right B.clk.json --out pairs.csv
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .common import console, fail

app = typer.Typer(invoke_without_command=True, add_completion=False,
                  help="Record linkage of CSV lists, in clear or encoded (see `rihai link encode`).")


@app.callback()
def link(
    ctx: typer.Context,
    left: Annotated[Path | None, typer.Option("--left", help="CSV with a unique_id column, or an encoded .clk.json")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Where the pairs CSV is written")] = None,
    right: Annotated[Path | None, typer.Option("--right", help="Second CSV (or .clk.json); without it --left is deduplicated")] = None,
    clusters: Annotated[bool, typer.Option("--clusters", help="Add a cluster_id column")] = False,
    config: Annotated[Path | None, typer.Option("--config", help="JSON overriding column kinds and settings")] = None,
    threshold: Annotated[float | None, typer.Option(min=0.0, max=1.0, help="Match probability to keep a pair (encoded lists: Dice similarity, 0.7)")] = None,
    one_to_one: Annotated[bool, typer.Option("--one-to-one", help="Encoded lists: keep each row in one pair at most")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Print which columns were used as what, and the threshold")] = False,
) -> None:
    """Probabilistic record linkage (Splink on DuckDB, in memory), or of two encoded lists."""
    if ctx.invoked_subcommand is not None:
        return
    if left is None or out is None:
        fail("--left and --out are required (or use a subcommand: encode, secret)")
    for path in (left, right, config):
        if path is not None and not path.exists():
            fail(f"no such file: {path}")
    if _is_encoded(left) or (right is not None and _is_encoded(right)):
        if right is None or not (_is_encoded(left) and _is_encoded(right)):
            fail("encoded lists link only with another encoded list: give --left and --right, "
                 "both .clk.json files made by `rihai link encode`")
        if clusters or config:
            fail("--clusters and --config apply to lists in clear, not to encoded lists")
        with console.status("linking encoded lists…"):
            n = run_link_encoded_cli(left, right, out, threshold=threshold, one_to_one=one_to_one)
        console.print(f"{n} pairs written to {out}")
        return
    lines: list[str] = []
    with console.status("linking…") as status:
        try:
            n = run_link_cli(str(left), str(right) if right else None, str(out), clusters=clusters,
                             config_path=str(config) if config else None, threshold=threshold,
                             progress=lambda msg: status.update(msg),
                             explain=lines.extend if explain else None)
        except (ValueError, KeyError) as exc:
            fail(str(exc))
    for line in lines:  # headings, kinds and roles only: never a value from the lists
        console.print(line, markup=False, highlight=False)
    console.print(f"{n} pairs written to {out}")


@app.command("encode")
def encode(
    secret_file: Annotated[Path, typer.Option("--secret-file", help="The secret shared with the other party (mode 600)")],
    in_: Annotated[Path, typer.Option("--in", help="The list (CSV) to encode")],
    out: Annotated[Path, typer.Option("--out", help="Where the encoded list (.clk.json) is written")],
    schema: Annotated[Path | None, typer.Option("--schema", help="A clkhash v3 schema (JSON); default: the usual person columns")] = None,
) -> None:
    """Encode a list on the holder's side, offline: only the encodings leave this machine."""
    import pandas as pd

    from rihai.tracing import service as tracing

    for path in (secret_file, in_, schema):
        if path is not None and not path.exists():
            fail(f"no such file: {path}")
    try:
        secret = tracing.read_secret_file(secret_file)
        schema_dict = json.loads(schema.read_text("utf-8")) if schema else None
    except (PermissionError, ValueError) as exc:
        fail(str(exc))
    frame = pd.read_csv(in_, dtype=str, keep_default_na=False, na_values=[""])
    columns = [TextColumn("encoding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("encode", total=len(frame))
        try:
            encoded = tracing.encode_list(frame, secret, schema_dict,
                                  progress=lambda done, total: progress.update(task, completed=done))
        except ValueError as exc:
            fail(str(exc))
    out.write_text(encoded.to_json(), "utf-8")
    _, used = tracing.encoded_fields(frame.head(200))
    console.print("columns encoded: " + ", ".join(f"{c} -> {f}" for c, f in used.items()))
    console.print(f"{len(encoded)} rows encoded to {out} (fingerprint {encoded.fingerprint[:12]}…)")


@app.command("secret")
def secret(out: Annotated[Path, typer.Option("--out", help="Where the new secret is written (mode 600)")]) -> None:
    """Make a new random secret for one partner; share it out of band, never with the lists."""
    from rihai.tracing import service as tracing

    try:
        tracing.write_secret_file(out)
    except FileExistsError:
        fail(f"{out} exists: a secret is never overwritten (encodings made with it would be lost)")
    console.print(f"new secret written to {out} (mode 600)")


def _is_encoded(path: Path) -> bool:
    """An encoded list by its content (its first bytes), whatever its name."""
    with path.open("rb") as fh:
        head = fh.read(64)
    return head.lstrip().startswith(b'{"format": "rihai-clk/')


def run_link_encoded_cli(left: Path, right: Path, out: Path, *, threshold: float | None = None,
                         one_to_one: bool = False) -> int:
    """Body of ``rihai link`` on two encoded files: read, check fingerprints, link, write pairs."""
    from rihai.tracing import service as tracing

    try:
        a = tracing.EncodedList.from_json(left.read_text("utf-8"), source=str(left))
        b = tracing.EncodedList.from_json(right.read_text("utf-8"), source=str(right))
        pairs = tracing.link_encoded(a, b, tracing.PPRL_THRESHOLD if threshold is None else threshold,
                                  one_to_one=one_to_one)
    except ValueError as exc:
        fail(str(exc))
    pairs[["unique_id_l", "unique_id_r", "match_probability"]].to_csv(out, index=False)
    return len(pairs)


def run_link_cli(left_path: str, right_path: str | None, out_path: str, clusters: bool = False,
                 config_path: str | None = None, threshold: float | None = None,
                 progress: Callable[[str], None] | None = None,
                 explain: Callable[[list[str]], Any] | None = None) -> int:
    """Body of ``rihai link``: read CSVs, link, write the pairs CSV; returns the pair count.

    ``explain`` receives the lines saying what each column was used as, and the threshold.

    Inputs are read into memory only; the one file written is ``out_path`` (which the caller
    chose), so operators decide where pairs - which reveal who matched whom - are kept.
    """
    # Imported here: the engine brings Splink and DuckDB, which the rest of the CLI does not need.
    import pandas as pd

    from rihai.tracing.service import LinkSettings, explain_columns, link

    say = progress or (lambda msg: None)
    config: dict[str, Any] = json.loads(Path(config_path).read_text("utf-8")) if config_path else {}
    if threshold is not None:
        config["threshold"] = threshold
    if clusters:
        config["clusters"] = True
    say(f"reading {left_path}")
    left = pd.read_csv(left_path, dtype=str, keep_default_na=False, na_values=[""])
    right = None
    if right_path:
        say(f"reading {right_path}")
        right = pd.read_csv(right_path, dtype=str, keep_default_na=False, na_values=[""])
    links = link(left, right, LinkSettings.from_config(config, progress=say))
    if explain is not None:
        explain(explain_columns(links.model))
    out = links.table()
    # The file carries exactly the documented columns, so other tools can rely on them.
    columns = ["unique_id_l", "unique_id_r", "match_probability"] + (["cluster_id"] if "cluster_id" in out else [])
    out[columns].to_csv(out_path, index=False)
    say(f"wrote {len(out)} pairs to {out_path}")
    return len(out)
