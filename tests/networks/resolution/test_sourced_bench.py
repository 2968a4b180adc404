"""bench/networks_sourced.py scores the resolver on a labelled file exactly as the command resolves it."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[3] / "bench" / "networks_sourced.py"


def test_a_labelled_file_is_scored_against_both_baselines(tmp_path):
    records = [
        {"record_id": "X-1", "source": "press", "date": "2023", "places": ["Gujrat"],
         "people": [{"ref": "p1", "name": "SYNTHETIC Akram Bhatti", "role": "recruiter", "phones": ["0301-0000417"]}]},
        {"record_id": "X-2", "source": "press", "date": "2023",
         "people": [{"ref": "p1", "name": "SYNTHETIC Akram Bhatti", "role": "recruiter", "phones": ["+92 301 0000417"]},
                    {"ref": "p2", "name": "SYNTHETIC Nadeem", "role": "sub_agent"}]},
        {"record_id": "X-3", "source": "press", "date": "2024", "people": [{"ref": "p1", "name": "SYNTHETIC Zahid"}]},
    ]
    truth = [{"record_id": "X-1", "ref": "p1", "person": "P1", "network": "N1"},
             {"record_id": "X-2", "ref": "p1", "person": "P1", "network": "N1"},
             {"record_id": "X-2", "ref": "p2", "person": "P2", "network": "N1"},
             {"record_id": "X-3", "ref": "p1", "person": "P3", "network": "N2"}]
    r, t = tmp_path / "records.jsonl", tmp_path / "truth.jsonl"
    r.write_text("".join(json.dumps(x) + "\n" for x in records))
    t.write_text("".join(json.dumps(x) + "\n" for x in truth))
    done = subprocess.run([sys.executable, str(BENCH), "--records", str(r), "--truth", str(t)],
                          capture_output=True, text=True, timeout=120, check=True)
    report = json.loads(done.stdout)
    assert report["mentions_scored"] == 4 and report["persons_with_2plus_mentions"] == 1
    # the same phone written two ways is one person, and her record's sub-agent is in her network
    assert report["persons_pairwise"]["f1"] == 1.0 and report["networks_pairwise"]["f1"] == 1.0
    # the exact-phone baseline cannot read "+92 301 0000417" as "0301-0000417"
    assert report["baseline_exact_phone"]["persons_pairwise"]["recall"] == 0.0
    assert "SYNTHETIC" not in done.stdout  # scores and counts only, never a name
