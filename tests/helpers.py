"""Small builders shared by test modules (pytest puts tests/ on sys.path)."""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def write_warc(path: Path, records: list[tuple[str, bytes, str]], gz: bool) -> None:
    """A WARC of HTTP responses: (url, payload, content type) each."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for url, payload, ctype in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                          http_headers=headers))


GOOD_BN = ("বন্দরে জট কমেছে\nচট্টগ্রাম বন্দর কর্তৃপক্ষের সচিব ওমর ফারুক বলেন, “সব টার্মিনালে পুরোদমে কাজ চলছে।”\n"
           "তবে আমদানিকারকেরা অভিযোগ করেন, খালাসে এখনো দুই সপ্তাহ লাগছে।\n")
BIJOY = "Kg©KZ©viv Rvbvb, bZyb wbqg AvMvgx gvm †_‡K Kvh©Ki n‡e| gš¿x e‡jb, mKj cÖwµqv ¯^”Q n‡e|\n"


def hostile_corpus(folder: Path) -> tuple[set[str], set[str]]:
    """Files that break naive readers, beside good ones: (good file names, bad file names)."""
    import gzip
    import json

    folder.mkdir(parents=True, exist_ok=True)
    good = {"good.txt": GOOD_BN.encode("utf-8"),
            "utf16-no-bom.txt": GOOD_BN.replace("ওমর", "আরিফ").encode("utf-16-le"),
            "mojibake.txt": GOOD_BN.replace("ওমর", "সেলিম").encode("utf-8").decode("latin-1").encode("utf-8"),
            "bijoy.txt": BIJOY.encode("cp1252"),
            "nested.html": ("<html><body>" + "<div>" * 5000 + "<p>" + GOOD_BN.replace("ওমর", "রহিম") + "</p>"
                            + "</div>" * 5000 + "</body></html>").encode("utf-8")}
    bad = {"empty.txt": b"", "blank.txt": b"   \n\n  ",
           "binary.bin.txt": bytes(range(256)) * 64,
           "nul.txt": b"\x00" * 10_000,
           "huge-line.txt": b"\xe0\xa6\x95" * (50_000_000 // 3),  # 50 MB, one line of ক
           "bomb.html": ("<html><body>" + "<div>" * 200_000 + "</body></html>").encode()}
    for name, data in {**good, **bad}.items():
        (folder / name).write_bytes(data)
    # a JSONL file with good and bad lines, and a truncated gzip WARC after one good record
    lines = [json.dumps({"text": GOOD_BN.replace("ওমর", "করিম"), "id": "ok"}, ensure_ascii=False), "{not json",
             json.dumps({"title": "no text"}), "\x00\x01\x02"]
    (folder / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    warc = folder / "cut.warc.gz"
    write_warc(warc, [("https://a.example/1", GOOD_BN.replace("ওমর", "জামাল").encode("utf-8"), "text/plain"),
                      ("https://a.example/2", GOOD_BN.encode("utf-8"), "text/plain")], gz=True)
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) - 40])
    (folder / "cut.jsonl.gz").write_bytes(gzip.compress(("\n".join(lines[:1]) + "\n").encode())[:-12])
    return set(good) | {"mixed.jsonl", "cut.warc.gz"}, set(bad) | {"mixed.jsonl", "cut.warc.gz", "cut.jsonl.gz"}


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# a closed network: Chromium must not try to phone home at start
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(os.environ.get("UKTI_SCREENSHOTS", Path(__file__).resolve().parents[1] / "build" / "screenshots"))


@contextmanager
def launched_chromium() -> Iterator[Any]:
    """Debian's headless Chromium through Playwright (the browser tests skip where either is missing)."""
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


# Runs the command as its own child and writes that child's peak RSS (kB) to the file named first.
_PEAK_RSS_WRAPPER = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as fh:
    fh.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_with_peak_rss(cmd: list[str], timeout: float) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run `cmd` to its end and return it with its own peak resident memory in MB.

    Linux keeps a process's peak RSS across `exec`, and a child that pytest starts (by vfork) is
    charged pytest's own peak, hundreds of MB late in a full run. So `cmd` runs as the child of a
    small fresh interpreter, which forks it from a few MB and reports its peak alone (`os.wait4`);
    `getrusage(RUSAGE_CHILDREN)` would be worse still, the largest of every child ever waited for."""
    with tempfile.TemporaryDirectory() as tmp:
        peak_file = Path(tmp) / "peak"
        # a session of its own, so that a timeout stops the command too, not only its wrapper
        with subprocess.Popen([sys.executable, "-c", _PEAK_RSS_WRAPPER, str(peak_file), *cmd],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              encoding="utf-8", start_new_session=True) as proc:
            try:
                out, err = proc.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                raise
        peak_kb = int(peak_file.read_text())
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err), peak_kb / 1024
