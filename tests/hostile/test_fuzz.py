"""A bounded run of the coverage-guided fuzz target (fuzz/fuzz_pipeline.py) on every CI run;
the long runs are done by hand (see that file)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.fuzz
ROOT = Path(__file__).resolve().parents[2]
pytest.importorskip("atheris")


def test_fuzz_target_finds_nothing_in_a_short_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "fuzz" / "seeds", corpus)  # libFuzzer adds to its corpus folder
    r = subprocess.run([sys.executable, str(ROOT / "fuzz" / "fuzz_pipeline.py"), str(corpus),
                        "-max_total_time=60", "-rss_limit_mb=2048", f"-artifact_prefix={tmp_path}/"],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    assert "Done" in r.stderr and not list(tmp_path.glob("crash-*"))
