"""Time limits for one article, so hostile input cannot hang a batch.

A limit is a SIGALRM timer, which only the main thread of a process can receive: the CLI and
its worker processes get limits, threads (the web server's) run without them. The limits come
from UKTI_STAGE_SECONDS / UKTI_EXTRACT_SECONDS (set by `--time-limit`), inherited by workers.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_SECONDS = 60.0


class TimeLimitExceeded(Exception):
    pass


def seconds(name: str) -> float:
    try:
        return float(os.environ.get(name, DEFAULT_SECONDS))
    except ValueError:
        return DEFAULT_SECONDS


@contextmanager
def time_limit(limit: float, what: str) -> Iterator[None]:
    """Raise TimeLimitExceeded in this block after `limit` seconds (0: no limit)."""
    usable = limit > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise TimeLimitExceeded(f"{what} took longer than {limit:g} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
