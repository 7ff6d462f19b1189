"""Memory on a huge input (never run in CI).

    .venv/bin/python bench/bench_stream.py [--gb 1]

Writes a JSONL file of the given size, mostly oversized lines of about 1 MB (read, measured and
skipped with a U005 each) with a real article every tenth line, runs `ukti analyze` over it and
prints what was analysed and skipped, the time, and the peak RSS against the file's size: the
reader must stream, whatever the file's size.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gb", type=float, default=1.0)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    from bench_pipeline import make_articles

    texts = make_articles(200)
    path = Path(tempfile.mkdtemp()) / "huge.jsonl"
    target = int(a.gb * 1e9)
    filler = "ক" * 400_000
    n = good = 0
    with path.open("w", encoding="utf-8") as fh:
        while fh.tell() < target:
            if n % 10 != 9:
                fh.write(json.dumps({"id": f"big{n}", "text": filler}, ensure_ascii=False) + "\n")
            else:
                fh.write(json.dumps({"id": str(n), "text": texts[n % len(texts)] + f"\nক্রম {n}।"},
                                    ensure_ascii=False) + "\n")
                good += 1
            n += 1
    size = path.stat().st_size
    t = time.perf_counter()
    r = subprocess.run([str(Path(sys.executable).with_name("ukti")), "analyze", str(path), "--jobs", str(a.jobs),
                        "--max-bytes", "1000000"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    s = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    skipped = r.stderr.count("[U005]")
    print(f"{size / 1e9:.2f} GB JSONL: {good} articles analysed, {skipped} oversized lines skipped, in {s:.0f} s "
          f"({good / s:.1f} articles/s, {a.jobs} processes); peak RSS of one process {peak:.0f} MB "
          f"= {peak * 1e6 / size:.3f} of the file's size")


if __name__ == "__main__":
    main()
