"""`analyze` of a batch and `ingest` draw a progress bar (rich) on a terminal, and write nothing
of it when stderr is a pipe; the results on stdout are the same either way."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLES = [f"শিরোনাম {k}\nসচিব বলেন, সেতুর কাজ {k + 2} মাসে শেষ হবে।\n" for k in range(3)]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    for k, text in enumerate(ARTICLES):
        (news / f"a{k}.txt").write_text(text, encoding="utf-8")
    return news


def _run(args: list[str], *, stderr_on_terminal: bool) -> tuple[int, bytes, str]:
    """Run ukti with stdout a pipe and stderr a pseudo-terminal (or a pipe): exit, stdout, stderr."""
    command = [sys.executable, "-m", "ukti.cli", *args]
    env = {**os.environ, "COLUMNS": "120", "TERM": "xterm"}
    if not stderr_on_terminal:
        r = subprocess.run(command, capture_output=True, timeout=300, env=env)
        return r.returncode, r.stdout, r.stderr.decode()
    import pty

    leader, follower = pty.openpty()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=follower, env=env)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the process closed its end
            break
        if not chunk:
            break
        seen += chunk
    out = proc.stdout.read() if proc.stdout else b""
    os.close(leader)
    return proc.wait(timeout=300), out, seen.decode("utf-8", "replace")


def _plain(terminal: str) -> str:
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", terminal)


def test_analyze_draws_a_bar_on_a_terminal_and_nothing_in_a_pipe(folder: Path) -> None:
    code, out, err = _run(["analyze", str(folder), "--jobs", "1"], stderr_on_terminal=True)
    assert code == 0
    assert [json.loads(line)["title"] for line in out.splitlines()] == ["শিরোনাম 0", "শিরোনাম 1", "শিরোনাম 2"]
    shown = _plain(err)
    assert "3/3" in shown and "3 analysed, 0 failed" in shown and "━" in shown  # the bar and its counts
    code, piped_out, piped_err = _run(["analyze", str(folder), "--jobs", "1"], stderr_on_terminal=False)
    assert code == 0 and piped_err == "" and piped_out == out


def test_a_failure_is_named_on_its_own_line_above_the_bar(folder: Path) -> None:
    missing = str(folder / "gone.txt")
    code, out, err = _run(["analyze", str(folder), missing, "--jobs", "1"], stderr_on_terminal=True)
    assert code == 1 and len(out.splitlines()) == 3
    lines = [line.strip() for line in _plain(err).replace("\r", "\n").splitlines() if line.strip()]
    assert f"ukti: {missing}: file not found [U001]" in lines  # whole, not drawn into the bar
    assert "3 analysed, 1 failed" in lines[-1]  # (a missing input: how many there are is unknown)
    code, _, err = _run(["analyze", str(folder), missing, "--jobs", "1"], stderr_on_terminal=False)
    assert code == 1 and err == f"ukti: {missing}: file not found [U001]\n"


def test_ingest_draws_a_bar_on_a_terminal_and_only_its_summary_in_a_pipe(folder: Path, tmp_path: Path) -> None:
    code, _, err = _run(["ingest", str(folder), "--db", str(tmp_path / "t.db"), "--jobs", "1"],
                        stderr_on_terminal=True)
    shown = _plain(err)
    assert code == 0 and "3/3" in shown and "3 stored, 0 already there, 0 failed" in shown
    code, _, err = _run(["ingest", str(folder), "--db", str(tmp_path / "p.db"), "--jobs", "1"],
                        stderr_on_terminal=False)
    assert code == 0 and err == "3 stored, 0 already stored, 0 failed (see `ukti errors`)\n"
