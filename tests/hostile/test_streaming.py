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


def test_the_peak_measured_is_the_commands_own_not_pytests() -> None:
    # Linux carries a process's peak RSS across exec, so a child started straight from a pytest
    # that has grown (a whole run's modules and data) would be charged pytest's peak: the 100 MB
    # test above failed at "501 MB" for a command that peaks near 160 MB.
    held = bytearray(400 * 1024 * 1024)
    held[::4096] = b"\x01" * (len(held) // 4096)  # touch every page: resident
    r, peak_mb = run_with_peak_rss(
        [sys.executable, "-c", "block = bytearray(60 * 1024 * 1024); block[::4096] = b'1' * 15360"], timeout=60)
    del held
    assert r.returncode == 0, r.stderr
    assert 60 < peak_mb < 200, f"peak RSS {peak_mb:.0f} MB"
