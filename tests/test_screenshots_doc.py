"""docs/screenshots/README.md and the folder it describes agree (issue 19): every PNG the table
lists exists, every PNG in the folder is listed, each page is shown in English and Urdu, and
scripts/screenshots.py makes only files the table lists. No browser: reading files only."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "docs" / "screenshots"
NAME = re.compile(r"^(?P<page>[a-z0-9-]+?)-(?P<lang>en|ur)(?P<desk>-desk)?\.png$")
MAX_BYTES = 400 * 1024


def listed() -> set[str]:
    return set(re.findall(r"\(([^()\s]+\.png)\)", (FOLDER / "README.md").read_text(encoding="utf-8")))


def on_disk() -> set[str]:
    return {p.name for p in FOLDER.glob("*.png")}


def test_every_listed_screenshot_exists_and_every_screenshot_is_listed():
    names = listed()
    assert names, "docs/screenshots/README.md links no PNG"
    assert all("/" not in n for n in names), "the table links files of its own folder, by name"
    assert not names - on_disk(), f"listed but missing: {sorted(names - on_disk())}"
    assert not on_disk() - names, f"in docs/screenshots/ but not in its README: {sorted(on_disk() - names)}"


def test_names_say_page_language_and_size_and_each_page_has_both_languages():
    pairs: dict[tuple[str, bool], set[str]] = {}
    for name in on_disk():
        m = NAME.match(name)
        assert m, f"{name}: not <page>-<en|ur>[-desk].png"
        pairs.setdefault((m["page"], bool(m["desk"])), set()).add(m["lang"])
    lonely = sorted(f"{page}{' (desk)' if desk else ''}" for (page, desk), langs in pairs.items()
                    if langs != {"en", "ur"})
    assert not lonely, f"shown in one language only: {lonely}"


def test_screenshots_stay_small():
    big = sorted(f"{p.name} ({p.stat().st_size // 1024} KB)" for p in FOLDER.glob("*.png")
                 if p.stat().st_size > MAX_BYTES)
    assert not big, f"over {MAX_BYTES // 1024} KB: {big}"


def test_the_script_makes_only_listed_files():
    spec = importlib.util.spec_from_file_location("screenshots_script", ROOT / "scripts" / "screenshots.py")
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = script  # dataclasses look their module up while the class is made
    spec.loader.exec_module(script)
    made = {script.file_name(shot, lang, desk) for shot in script.SHOTS for lang in script.LANGS
            for desk in ((False, True) if shot.desk else (False,))}
    assert not made - listed(), f"the script takes these but the README does not list them: {sorted(made - listed())}"
