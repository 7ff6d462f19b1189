"""Time limits for one article, so hostile input cannot hang a batch or a server.

In the main thread of a process (the CLI and its worker processes) a limit is a SIGALRM timer.
Other threads (the web server's) cannot receive signals: there a timer thread raises the
exception inside the limited thread (`PyThreadState_SetAsyncExc`), which takes effect at the
thread's next Python instruction (a long call into C finishes first). Before, threads ran
without any limit and one request could keep the server busy for minutes.

The limits come from UKTI_STAGE_SECONDS / UKTI_EXTRACT_SECONDS (set by `--time-limit`),
inherited by workers.
"""

from __future__ import annotations

import ctypes
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_SECONDS = 60.0


class TimeLimitExceeded(Exception):
    pass


class BudgetExceeded(BaseException):
    """A whole request's time is up. A BaseException, so that the pipeline's per-stage
    `except Exception` (which keeps an article whose one stage failed) does not swallow it and
    go on with the next stage."""


def seconds(name: str) -> float:
    try:
        return float(os.environ.get(name, DEFAULT_SECONDS))
    except ValueError:
        return DEFAULT_SECONDS


@contextmanager
def time_limit(limit: float, what: str, error: type[BaseException] = TimeLimitExceeded) -> Iterator[None]:
    """Raise `error` in this block after `limit` seconds (0: no limit)."""
    if limit <= 0:
        yield
        return
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        with _thread_limit(limit, what, error):
            yield
        return

    def expired(signum: int, frame: object) -> None:
        raise error(f"{what} took longer than {limit:g} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
_set_async_exc.argtypes = [ctypes.c_ulong, ctypes.py_object]
_set_async_exc.restype = ctypes.c_int


@contextmanager
def _thread_limit(limit: float, what: str, error: type[BaseException]) -> Iterator[None]:
    """The limit in a thread that is not the main one. A lock orders the timer against the
    block's end: once the block has ended the timer raises nothing, and an exception it set
    that has not been raised yet is cleared, so it never escapes into the code after the block."""
    tid = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def expire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                _set_async_exc(tid, error)

    timer = threading.Timer(limit, expire)
    timer.daemon = True
    try:
        timer.start()  # inside the try: an outer limit may strike while it starts, and it must be cancelled
        yield
        with lock:
            swallowed = state["fired"]
        if swallowed:
            # the exception fired but was swallowed where Python ignores exceptions (a gc callback,
            # a __del__): the block still took too long, so it ends with the error all the same
            raise error(f"{what} took longer than {limit:g} s")
    except error:
        if state["fired"]:  # raised as a bare class: give it its message
            raise error(f"{what} took longer than {limit:g} s") from None
        raise
    finally:
        timer.cancel()
        with lock:
            state["done"] = True
            if state["fired"]:
                _set_async_exc(tid, ctypes.py_object())  # NULL: clears one still pending
