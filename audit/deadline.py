"""A time budget for checking one document, enforced even inside a check that runs long.

Checks are bounded by design, but a report can always be stranger than the bounds foresaw;
a CI job that hangs is worse than one that says what it could not finish. Where the platform
allows (POSIX, main thread) an interval timer interrupts the running check; elsewhere the
budget is checked between checks only.
"""

from __future__ import annotations

import signal
import threading
import time
from types import FrameType, TracebackType


class OutOfTime(BaseException):
    """Raised inside a check when the document's time budget is spent.

    A BaseException, so that a check's own ``except Exception`` cannot swallow it."""


class Deadline:
    """``with Deadline(seconds):`` raises :class:`OutOfTime` in the block once ``seconds``
    have passed (``None``: no limit)."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds or 0.0
        self._end = time.monotonic() + seconds if seconds else None
        self._previous: object = None
        self._armed = False

    def __enter__(self) -> Deadline:
        if self._end is not None and hasattr(signal, "setitimer") and \
                threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGALRM, self._expire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
            self._armed = True
        return self

    def check(self) -> None:
        """For the platforms without a timer: raise if the budget is spent."""
        if self._end is not None and time.monotonic() > self._end:
            raise OutOfTime

    def _expire(self, signum: int, frame: FrameType | None) -> None:
        if self._armed:
            raise OutOfTime

    def disarm(self) -> None:
        """Stop the timer; idempotent. After this no OutOfTime is raised."""
        if self._armed:
            self._armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)  # type: ignore[arg-type]
        self._end = None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> bool:
        self.disarm()
        # The timer going off in the instant between the block's last statement and here
        # interrupts nothing: swallow it.
        return kind is OutOfTime
