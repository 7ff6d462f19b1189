"""Load on `ukti serve` (never run in CI).

    .venv/bin/python bench/bench_web.py --db CORPUS.db [--workers 1] [--seconds 15]

Starts `ukti serve` on a corpus (build one of 20,000 articles with
`bench/bench_store.py --articles 20000 --db CORPUS.db`), then drives it with wrk (Debian's
`wrk`, a bounded load client: a fixed number of connections, each waiting for its answer) at 10
and at 50 concurrent clients, on `GET /api/statements` (varied filters and pages) and
`GET /api/search` (varied words). Prints requests/s, p50/p95 latency and how much CPU the
client itself took of the machine's cores. Then `POST /api/analyze` against the pipeline alone
on one core.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

# wrk script: cycle through the given paths; report p50/p95 in microseconds as JSON
LUA = """
local paths = {}
for line in io.lines("%(paths)s") do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  io.write(string.format('{"requests": %%d, "seconds": %%f, "p50": %%d, "p95": %%d, "errors": %%d, "non2xx": %%d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(95),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
"""

WORDS = ["মজুরি", "শ্রমিক", "দাম", "বন্দর", "টোল", "সেতু", "ডেঙ্গি", "পেঁয়াজ", "বই", "কাজ", "প্রস্তাব", "সরকার"]
STANCES = ["assert", "confirm", "deny", "claim", "concern"]


def paths_for(endpoint: str, speakers: list[int], n: int = 500, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        if endpoint == "search":
            q = {"q": rng.choice(WORDS)}
        else:
            q = rng.choice([{}, {"stance": rng.choice(STANCES)}, {"speaker": rng.choice(speakers)},
                            {"date_from": f"2025-{rng.randint(1, 12):02d}-01"}, {"anonymous": "true"},
                            {"q": rng.choice(WORDS)}])
            q["page"] = rng.randint(1, 5)
        out.append(f"/api/{endpoint}?" + urllib.parse.urlencode(q))
    return out


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_wrk(url: str, paths: list[str], clients: int, seconds: int) -> dict[str, float]:
    tmp = Path(tempfile.mkdtemp())
    (tmp / "paths.txt").write_text("\n".join(paths) + "\n")
    (tmp / "load.lua").write_text(LUA % {"paths": tmp / "paths.txt"})
    # one wrk thread: the client should take as little of the 2 cores as it can
    proc = subprocess.Popen(["wrk", "-t1", f"-c{clients}", f"-d{seconds}s", "--timeout", "10s",
                             "-s", str(tmp / "load.lua"), url], stdout=subprocess.PIPE, text=True)
    used = 0.0
    while proc.poll() is None:
        with contextlib.suppress(OSError, IndexError):
            used = cpu_seconds(proc.pid)
        time.sleep(0.2)
    out = proc.stdout.read() if proc.stdout else ""
    result = json.loads(out.strip().splitlines()[-1])
    result["client_cores"] = used / seconds
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--seconds", type=int, default=15)
    a = ap.parse_args()
    if not shutil.which("wrk"):
        sys.exit("needs wrk: apt-get install wrk")
    from ukti.store import Store

    store = Store.open(a.db)
    stats = store.stats()
    speakers = [r["id"] for r in store.db.all(
        "SELECT speaker_corpus_id AS id FROM statements WHERE speaker_corpus_id IS NOT NULL"
        " GROUP BY speaker_corpus_id ORDER BY count(*) DESC LIMIT 50")]
    store.close()
    print(f"corpus: {stats['articles']} articles, {stats['statements']} statements; "
          f"server: {a.workers} worker process(es) on {os.cpu_count()} cores")
    from ukti.web import ServerProcess

    with ServerProcess(a.db, "--workers", str(a.workers), wait=60, read_only=False) as url:  # analyse_post
        for endpoint in ("statements", "search"):
            paths = paths_for(endpoint, speakers)
            for p in paths[:50]:  # warm the page cache and every worker's connection
                urllib.request.urlopen(url + p, timeout=30).read()
            for clients in (10, 50):
                r = run_wrk(url, paths, clients, a.seconds)
                print(f"GET /api/{endpoint:<10} {clients:>2} clients: {r['requests'] / r['seconds']:6.0f} requests/s, "
                      f"p50 {r['p50'] / 1000:5.1f} ms, p95 {r['p95'] / 1000:6.1f} ms, errors {r['errors']:.0f}, "
                      f"non-2xx {r['non2xx']:.0f}; the client used {r['client_cores']:.2f} of "
                      f"{os.cpu_count()} cores")
        analyse_post(url)


def analyse_post(url: str, n: int = 60) -> None:
    """POST /api/analyze one request at a time (one worker busy) against the pipeline in process."""
    from bench_pipeline import make_articles

    from ukti import analyze

    texts = make_articles(n)
    t = time.perf_counter()
    for text in texts:
        analyze(text)
    alone = n / (time.perf_counter() - t)
    t = time.perf_counter()
    for text in texts:
        req = urllib.request.Request(url + "/api/analyze", data=json.dumps({"text": text}).encode(),
                                     headers={"content-type": "application/json"})
        urllib.request.urlopen(req, timeout=60).read()
    served = n / (time.perf_counter() - t)
    print(f"POST /api/analyze: {served:.1f} articles/s through the server vs {alone:.1f} articles/s for the "
          f"pipeline alone on one core (ratio {served / alone:.2f})")


if __name__ == "__main__":
    main()
