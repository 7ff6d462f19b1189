"""The README's corpus examples, run as written against the demo's store (what `./scripts/demo`
builds from examples/): each must succeed and find what it shows, so a new user who copies a
line never gets "(nothing found)" from an example."""

from __future__ import annotations

import json
import os
import shlex
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO_DB = "build/demo.db"


def readme_commands() -> list[list[str]]:
    """Every `.venv/bin/ukti …` command in the README's shell blocks, comments dropped, a line
    of several (`a ; b`) split into its commands."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = []
    for block in text.split("```sh\n")[1:]:
        for line in block.split("```")[0].splitlines():
            if not line.startswith(".venv/bin/ukti "):
                continue
            words = shlex.split(line, comments=True)
            while words:
                cut = words.index(";") if ";" in words else len(words)
                if words[0] == ".venv/bin/ukti":
                    commands.append(words[1:cut])
                words = words[cut + 1:]
    return commands


def demo_commands() -> list[list[str]]:
    """The questions asked of the demo's store (ingest and serve, which make and show it, are run
    by tests of their own below)."""
    return [c for c in readme_commands() if DEMO_DB in c and c[0] not in ("ingest", "serve", "errors")]


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("readme") / "demo.db")
    r = subprocess.run([sys.executable, "-m", "ukti.cli", "ingest", str(ROOT / "examples"), "--db", db, "--jobs", "1"],
                       capture_output=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return db


def test_every_corpus_question_in_the_readme_is_asked_of_the_demo_store() -> None:
    asked = {c[0] for c in demo_commands()}
    assert {"search", "who", "about", "contradictions", "stats", "export", "quote", "quotes"} <= asked
    elsewhere = [c for c in readme_commands() if c[0] in asked and DEMO_DB not in c]
    assert elsewhere == [], "a corpus question the test does not run (give it --db build/demo.db)"


@pytest.mark.parametrize("command", demo_commands(), ids=lambda c: " ".join(c)[:60])
def test_readme_example_finds_what_it_shows(demo_store: str, command: list[str]) -> None:
    args = [demo_store if a == DEMO_DB else a for a in command]
    r = subprocess.run([sys.executable, "-m", "ukti.cli", *args], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() and "(nothing found)" not in r.stdout, r.stdout


def analyse_lines() -> list[str]:
    """The README's `analyze` lines (the first examples a new user copies), as written."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [line.split("  #")[0].strip() for block in text.split("```sh\n")[1:]
            for line in block.split("```")[0].splitlines() if ".venv/bin/ukti analyze " in line]


def test_the_readme_has_analyze_examples_on_files_that_ship() -> None:
    lines = analyse_lines()
    assert len(lines) >= 4
    for line in lines:
        for word in shlex.split(line):
            if word.startswith("examples/"):
                assert (ROOT / word).exists(), word


@pytest.mark.parametrize("line", analyse_lines(), ids=lambda s: s[:60])
def test_readme_analyze_example_runs_as_written(line: str, tmp_path: Path) -> None:
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    command = line.replace(".venv/bin/ukti", f"{shlex.quote(sys.executable)} -m ukti.cli")
    r = subprocess.run(command, shell=True, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    written = [p for p in tmp_path.iterdir() if p.name != "examples"]
    out = r.stdout if not written else written[0].read_text(encoding="utf-8")
    assert out.strip(), line
    if "--format md" in line:
        assert "#" in out  # a Markdown worksheet
    elif "--format html" in line:
        assert "<html" in out.lower()
    else:
        first = json.loads(out.splitlines()[0])
        assert first.get("statements"), line  # the samples all report someone's words


def shell_lines(command: str) -> list[str]:
    """The README's shell lines that run `ukti COMMAND`, as written (the comment cut off)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [line.split("  #")[0].strip() for block in text.split("```sh\n")[1:]
            for line in block.split("```")[0].splitlines() if line.startswith(f".venv/bin/ukti {command} ")]


def run_as_written(line: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = line.replace(".venv/bin/ukti", f"{shlex.quote(sys.executable)} -m ukti.cli")
    return subprocess.run(command, shell=True, cwd=cwd, capture_output=True, text=True, timeout=600,
                          env={**os.environ, **(env or {})})


@pytest.fixture
def readme_dir(tmp_path: Path) -> Path:
    """A folder like a clone's root for the README's lines: examples/ and an empty build/."""
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    (tmp_path / "build").mkdir()
    return tmp_path


def postgres_database() -> str | None:
    pg = os.environ.get("UKTI_TEST_PG")
    if not pg:
        return None
    import psycopg

    name = f"ukti_readme_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{pg}/postgres", autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'"
                      " LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
    return f"{pg}/{name}"


def test_the_readme_corpus_lines_run_as_written(readme_dir: Path) -> None:
    ingests, errors = shell_lines("ingest"), shell_lines("errors")
    local = [x for x in ingests if "spark-out" not in x]
    assert any("build/demo.db" in x for x in local) and any("$UKTI_PG" in x for x in local) and errors
    pg = postgres_database()
    for line in local + errors:
        if "$UKTI_PG" in line and pg is None:
            continue  # no server (scripts/test starts one and sets UKTI_TEST_PG), as the store tests skip
        r = run_as_written(line, readme_dir, {"UKTI_PG": pg or ""})
        assert r.returncode == 0, (line, r.stderr)
        if " ingest " in line:
            assert "8 stored, 0 already stored, 0 failed" in r.stderr, (line, r.stderr)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_readme_serve_line_serves_the_demo_store(readme_dir: Path) -> None:
    [line] = shell_lines("serve")
    assert run_as_written(shell_lines("ingest")[0], readme_dir).returncode == 0  # the demo's store
    port = free_port()
    command = line.replace("--port 8000", f"--port {port}").replace(".venv/bin/ukti",
                                                                     f"{shlex.quote(sys.executable)} -m ukti.cli")
    server = subprocess.Popen(command, shell=True, cwd=readme_dir, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline, pages = time.monotonic() + 120, {}
        while time.monotonic() < deadline and len(pages) < 2:
            try:
                for path in ("/", "/docs"):
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as r:
                        pages[path] = (r.status, r.read().decode("utf-8"))
            except OSError:
                time.sleep(0.5)
        assert pages.get("/", (0, ""))[0] == 200 and pages.get("/docs", (0, ""))[0] == 200
        assert "ukti" in pages["/"][1].lower()
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)
