"""Spark against the single-process CLI (never run in CI).

    .venv/bin/python bench/bench_spark.py [--articles 50000] [--runs cli,1,2] [--corpus FILE]

`--runs` picks which of the three timings to make (the others can be run later with the same
`--corpus`, so the two-core run can be given an otherwise idle machine); the ratios are printed
when the runs they need were made.

Builds a synthetic corpus (bench_store's generator: the sample articles with names, dates and
numbers varied), then times `ukti analyze` in one process, `ukti spark` on local[1] and on
local[2], and prints articles/s, the scaling from 1 to 2 cores, Spark's per-article overhead
against the CLI, and a projection for 10 million articles on a 64-core cluster from each Spark
run's rate per core (0.9 cluster efficiency). The machine's load average is printed with each
timing: on a shared machine the ratios move with it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def timed(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - t
    print(f"  (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores after this run)", flush=True)
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=50000)
    ap.add_argument("--runs", default="cli,1,2", help="which timings: cli, 1 (local[1]), 2 (local[2])")
    ap.add_argument("--corpus", type=Path, help="reuse (or keep) the synthetic corpus at this path")
    a = ap.parse_args()
    from bench_store import corpus

    runs = set(a.runs.split(","))
    tmp = Path(tempfile.mkdtemp())
    src = a.corpus or tmp / "corpus.jsonl"
    if not src.exists():
        corpus(a.articles, src)
    with src.open("rb") as f:
        n = sum(1 for _ in f)
    print(f"{n} articles in {src}", flush=True)
    ukti = str(Path(sys.executable).with_name("ukti"))
    cli = None
    if "cli" in runs:
        cli = timed([ukti, "analyze", str(src), "--jobs", "1", "-f", "json"])
        print(f"CLI, one process: {n / cli:.1f} articles/s ({cli:.0f} s)", flush=True)
    rates = {}
    for cores in (c for c in (1, 2) if str(c) in runs):
        out = tmp / f"out{cores}"
        s = timed([ukti, "spark", str(src), str(out), "--master", f"local[{cores}]", "--partitions", str(4 * cores)])
        rates[cores] = n / s
        print(f"spark local[{cores}]: {rates[cores]:.1f} articles/s ({s:.0f} s, with the cross-article jobs"
              f" and writing the tables)", flush=True)
        shutil.rmtree(out, ignore_errors=True)
    if len(rates) == 2:
        print(f"scaling from 1 to 2 cores: {rates[2] / rates[1]:.2f}x")
    if cli and 1 in rates:
        overhead = (n / rates[1]) / cli - 1
        print(f"Spark's overhead per article against the CLI on one core: {overhead * 100:.0f}%")
    for cores, rate in sorted(rates.items()):
        print(projection(rate / cores, f"local[{cores}]"))


def projection(per_core: float, measured_on: str, articles: int = 10_000_000, cores: int = 64,
               efficiency: float = 0.9) -> str:
    """The time for `articles` on a cluster of `cores` at the measured rate of one core, with a
    cluster's losses (stragglers, shuffles, start-up) taken as `efficiency`."""
    seconds = articles / (per_core * cores * efficiency)
    return (f"projection from {measured_on}: {articles:,} articles / ({per_core:.1f} articles/s per core x {cores}"
            f" cores x {efficiency} efficiency) = {seconds / 60:.0f} minutes ({seconds / 3600:.2f} hours;"
            f" the goal is 30 minutes)")


if __name__ == "__main__":
    main()
