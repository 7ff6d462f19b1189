"""A progress bar for a batch (`ukti analyze` of many articles, `ukti ingest`), on a terminal only.

A person watching a long batch wants to know it is moving and when it will end; a script or a
log wants none of it. So the bar is drawn with rich on stderr when stderr is a terminal, and
nothing at all is written otherwise (a pipe, a file, CI). When stdout is the same terminal (the
analyses printed on screen), the output itself shows the progress, and a bar redrawn between
its lines would only garble them.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID


def wanted(*, stdout_too: bool = False) -> bool:
    """Is a bar wanted: stderr a terminal (and, for a command printing results, stdout not)?"""
    if not sys.stderr.isatty():
        return False
    return not (stdout_too and sys.stdout.isatty())


def eta(done: int, total: int | None, elapsed: float) -> str:
    """' · ETA m:ss' from the rate so far, or '' when the total or the rate is unknown."""
    rate = done / elapsed if elapsed > 0 else 0.0
    if not total or rate <= 0:
        return ""
    left = max(0, total - done) / rate
    return f" · ETA {int(left) // 60}:{int(left) % 60:02d}"


class BatchBar:
    """`with BatchBar(total) as bar: bar.show(done, note)`: a rich bar with done/total (or a
    moving bar when the total is unknown: a WARC, stdin) and a line of counts; a no-op when
    `shown` is False. `console` is for tests (a terminal that is a string)."""

    def __init__(self, total: int | None, *, shown: bool, console: Console | None = None) -> None:
        self.total, self.shown, self.console = total, shown, console
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> BatchBar:
        if not self.shown:
            return self
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        console = self.console or Console(stderr=True)
        self._progress = Progress(BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                  TextColumn("{task.description}"), console=console, transient=False,
                                  redirect_stdout=False, redirect_stderr=False)
        self._progress.start()
        self._task = self._progress.add_task("", total=self.total)
        return self

    def show(self, done: int, note: str, total: int | None = None) -> None:
        """Draw `done` (of `total`, when it has become known) with `note` beside the bar."""
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, completed=done, description=note, total=total or self.total)

    def say(self, line: str) -> None:
        """One line on stderr (a failure named), printed above a bar rather than through it."""
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            sys.stderr.write(line + "\n")
            sys.stderr.flush()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
