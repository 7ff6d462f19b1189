"""Inputs of any size are read as streams: a 100 MB JSONL file goes through `ukti analyze`
with a small, flat memory footprint (bench/bench_stream.py does 1 GB with the figures)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from helpers import GOOD_BN, run_with_peak_rss


def test_100_mb_jsonl_in_constant_memory(tmp_path: Path) -> None:
    big = tmp_path / "big.jsonl"
    filler = "ক" * 340_000  # about 1 MB of UTF-8 per line: over the 500 kB limit, skipped
    with big.open("w", encoding="utf-8") as fh:
        for i in range(100):
            fh.write(json.dumps({"id": f"big{i}", "text": filler}, ensure_ascii=False) + "\n")
            if i % 10 == 0:
                fh.write(json.dumps({"id": f"ok{i}", "text": GOOD_BN.replace("ওমর", f"ওমর {i}")},
                                    ensure_ascii=False) + "\n")
    assert big.stat().st_size > 100_000_000
    r, peak_mb = run_with_peak_rss(
        [sys.executable, "-m", "ukti.cli", "analyze", str(big), "--jobs", "1", "--max-bytes", "500000"], timeout=600)
    assert r.returncode == 1  # the oversized lines are reported, the others analysed
    assert len(r.stdout.splitlines()) == 10
    assert r.stderr.count("[U005]") == 100
    assert peak_mb < 500, f"peak RSS {peak_mb:.0f} MB"
