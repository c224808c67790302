"""Worker processes die with the process that started them, so that a killed run (``kill -9``, an
out-of-memory kill) leaves no orphan working on for minutes.

On Linux the kernel kills the worker when its parent ends (``prctl(PR_SET_PDEATHSIG)``, through
ctypes: no library wraps this one call); elsewhere a watcher thread ends it within a second of
noticing that its parent has changed.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
WATCH_EVERY = 0.5  # seconds between two looks at the parent, where prctl is missing


def adapt_prctl_pdeathsig() -> bool:
    """Ask the kernel to SIGKILL this process when its parent ends; False where that is not possible."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0


def watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_EVERY)
    os._exit(1)


def die_with_parent(parent: int) -> None:
    """Called first in a worker process that ``parent`` (its pid) started."""
    if not adapt_prctl_pdeathsig():
        threading.Thread(target=watch_parent, args=(parent,), daemon=True, name="watch-parent").start()
    if os.getppid() != parent:  # the parent ended before the worker could ask
        os._exit(1)
