"""The wheel carries everything ukti needs: installed in a fresh environment, it analyses an
article with the network cut off (a new network namespace with no interfaces)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _can_cut_network() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not _can_cut_network(), reason="needs `unshare -n` (root or user namespaces)")
def test_wheel_runs_offline(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    [wheel] = dist.glob("ukti-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, str(wheel)], check=True, capture_output=True, timeout=600)
    article = tmp_path / "a.txt"
    article.write_text("চট্টগ্রাম বন্দরে ধর্মঘট\nবন্দর শ্রমিক ইউনিয়নের সভাপতি জসিম উদ্দিন বলেন, আমরা "
                       "১৫ মার্চ থেকে কাজে ফিরব।\nসূত্র: https://example.vn/a\n", encoding="utf-8")
    r = subprocess.run(["unshare", "-n", str(venv / "bin" / "ukti"), "analyze", str(article), "--date", "2025-03-12"],
                       capture_output=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 0, r.stderr.decode()
    d = json.loads(r.stdout)
    assert d["statements"] and d["entities"] and d["times"][0]["value"] == "2025-03-15"
    assert d["origin"]["lang"] == "vi"
    # every data file made it into the wheel: the installed ukti analyses the bundled samples
    # exactly as the source tree does (a missing word list or table would change the output)
    for sample in sorted((ROOT / "examples").iterdir()):
        installed = subprocess.run(["unshare", "-n", str(venv / "bin" / "ukti"), "analyze", str(sample), "-f", "json"],
                                   capture_output=True, timeout=120, cwd=tmp_path)
        here = subprocess.run([sys.executable, "-m", "ukti.cli", "analyze", str(sample), "-f", "json"],
                              capture_output=True, timeout=120, cwd=tmp_path)
        assert installed.stdout == here.stdout, sample.name
    # … and the font subsets the standalone HTML report embeds
    page = subprocess.run(["unshare", "-n", str(venv / "bin" / "ukti"), "analyze", str(article), "-f", "html"],
                          capture_output=True, timeout=120, cwd=tmp_path)
    assert page.returncode == 0 and page.stdout.count(b"data:font/woff2;base64,") == 2, page.stderr.decode()
