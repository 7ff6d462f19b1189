"""The set-up around the code: the test server that scripts/test starts is its own and is
stopped; the licence is an SPDX string (no setuptools deprecation warning); hints name the
install command that works where ukti runs; help(ukti.analyze) says what comes back."""

from __future__ import annotations

import os
import pydoc
import socket
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _answers(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_the_postgres_script_starts_a_server_of_its_own_and_stops_it() -> None:
    if not list(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
        pytest.skip("no PostgreSQL binaries (scripts/test installs Debian's postgresql)")
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="ukti-pg-test-", dir="/tmp"))  # the postgres user must reach it
    port = _free_port()
    env = {**os.environ, "UKTI_PG_DIR": str(folder), "UKTI_PG_PORT": str(port)}
    try:
        url = subprocess.run([str(ROOT / "scripts" / "postgres")], env=env, capture_output=True, text=True,
                             timeout=120, check=True).stdout.strip()
        assert url == f"postgresql://postgres@127.0.0.1:{port}" and _answers(port)
    finally:
        subprocess.run([str(ROOT / "scripts" / "postgres"), "stop", str(folder)], timeout=120, check=True)
    assert not _answers(port) and not folder.exists()


def test_scripts_test_gives_its_server_a_directory_of_its_own_and_stops_it_at_exit() -> None:
    script = (ROOT / "scripts" / "test").read_text(encoding="utf-8")
    assert 'UKTI_PG_DIR=$(mktemp -d' in script
    assert """trap './scripts/postgres stop "$UKTI_PG_DIR"' EXIT""" in script
    assert script.index("trap") < script.index("./scripts/postgres ||")  # armed before the server starts
    postgres = (ROOT / "scripts" / "postgres").read_text(encoding="utf-8")
    assert "54329" not in postgres and "/tmp/ukti-pg}" not in postgres  # no port or folder shared by every clone


def test_the_licence_is_an_spdx_string_for_a_setuptools_that_reads_it() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "MIT"  # PEP 639; the TOML table form is deprecated
    (setuptools,) = [r for r in project["build-system"]["requires"] if r.startswith("setuptools")]
    assert setuptools.replace(" ", "") == "setuptools>=77"  # the first that reads an SPDX expression
    assert not any(c.startswith("License ::") for c in project["project"].get("classifiers", []))


def test_install_hints_name_what_works_here(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from ukti.errors import install_hint

    monkeypatch.chdir(ROOT)
    assert install_hint("spark") == f"{sys.executable} -m pip install -e '.[spark]'"  # a clone, from its folder
    monkeypatch.chdir(tmp_path)
    assert install_hint("spark") == f"{sys.executable} -m pip install -e '{ROOT}[spark]'"


def test_the_spark_command_without_pyspark_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from ukti.cli import app

    monkeypatch.chdir(ROOT)
    monkeypatch.setitem(sys.modules, "pyspark", None)  # as if it were not installed
    r = CliRunner().invoke(app, ["spark", "in.jsonl", "out"])
    assert r.exit_code == 2
    assert f"ukti spark needs PySpark: {sys.executable} -m pip install -e '.[spark]' (and Java 17+)" in r.output
    assert "pip install 'ukti[spark]'" not in r.output


def test_help_of_analyze_says_what_it_returns() -> None:
    import ukti

    text = pydoc.render_doc(ukti.analyze, renderer=pydoc.plaintext)
    for told in ("Returns the `Document`", "statements", "speaker", "entities", "times", "quantities",
                 "contradictions", "speaker.entity", ".name"):
        assert told in text, told

