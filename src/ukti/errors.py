"""Coded error messages that say what went wrong and what to do about it.

A reader or stage raises `UktiError`; the CLI prints its one-line message naming the file and
keeps going with the rest of the batch (exit codes: 0 all fine, 1 some failed, 2 none analysed).
"""

from __future__ import annotations

MESSAGES = {
    "U001": "file not found",
    "U002": "file is empty",
    "U003": "looks binary, not text (NUL bytes or control characters); pass a text, HTML, JSONL or WARC file",
    "U004": "could not decode the text in any known encoding; pass --encoding",
    "U005": "article is larger than --max-bytes ({limit} bytes); raise the limit to analyse it",
    "U006": "no article text found after extraction",
    "U007": "not valid JSON: {detail}",
    "U008": "JSON object has neither 'text' nor 'html'",
    "U009": "WARC record could not be read: {detail}",
    "U010": "HTML extraction failed: {detail}",
    "U011": "unreadable: {detail}",
    "U013": "HTML extraction took longer than {limit} s (broken or hostile markup); raise --time-limit to wait longer",
    "U014": "the process analysing it died (killed, or out of memory); the rest of the batch went on",
    "U015": "the disk holding the store is full ({detail}); what was stored is kept: free some space and run"
            " the same ingest again to store the rest",
    "U016": "not a date: give YYYY-MM-DD (or YYYY-MM, YYYY), e.g. 2025-03-12",
}


class UktiError(Exception):
    """A problem with one input that should be reported, never crash a batch."""

    def __init__(self, code: str, **detail: object) -> None:
        self.code = code
        self.reason = MESSAGES[code].format(**detail)
        super().__init__(f"[{code}] {self.reason}")


def install_hint(extra: str) -> str:
    """How to install an optional part (an extra of pyproject.toml) into the Python running ukti:
    `pip install -e 'CLONE[extra]'` when ukti runs from a clone (an editable install, as
    ./scripts/setup makes), `pip install 'ukti[extra]'` otherwise. (A clone's user told to
    `pip install 'ukti[spark]'` would fetch another ukti from PyPI into whichever pip is first.)"""
    import shlex
    import sys
    from pathlib import Path

    clone = Path(__file__).resolve().parents[2]  # src/ukti/errors.py -> the repository
    python = shlex.quote(sys.executable)
    if (clone / "pyproject.toml").is_file() and (clone / "src" / "ukti").is_dir():
        here = Path.cwd().resolve()
        where = "." if here == clone else str(clone)
        return f"{python} -m pip install -e {shlex.quote(f'{where}[{extra}]')}"
    return f"{python} -m pip install {shlex.quote(f'ukti[{extra}]')}"
