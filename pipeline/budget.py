"""A time budget for one article: work that runs past it is interrupted with ``ArticleTimeout``.

A timer thread raises the exception in the thread that does the work (``adapt_async_exc``), so the
budget holds in a worker process's main thread and in a Dask worker's task threads alike. It is
raised between two Python bytecodes: one call into C code (a regex, a matrix product) ends first.
It derives from ``BaseException``, as ``KeyboardInterrupt`` does, so that no ``except Exception``
inside a component swallows it.

Written by hand (CPython's ``PyThreadState_SetAsyncExc`` through ctypes): the timeout packages on
PyPI use signals, which only the main thread receives, or run the work in another process, where
the pipeline would have to be loaded again.
"""
from __future__ import annotations

import ctypes
import threading
from contextlib import contextmanager
from typing import Iterator


class ArticleTimeout(BaseException):
    """The article ran past its time budget."""


def adapt_async_exc(thread_id: int, exception: type[BaseException] | None) -> None:
    """Raise ``exception`` in thread ``thread_id`` at its next bytecode; None withdraws one not yet raised."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exception) if exception else None)


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Run the block within ``seconds`` (None or 0: no limit); past them, ``ArticleTimeout`` is raised in it."""
    if not seconds:
        yield
        return
    worker, lock = threading.get_ident(), threading.Lock()
    done = fired = False

    def expire() -> None:
        nonlocal fired
        with lock:
            if not done:
                fired = True
                adapt_async_exc(worker, ArticleTimeout)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            done = True
            if fired:  # the budget ran out as the block ended: no exception may follow it out
                adapt_async_exc(worker, None)
        timer.cancel()
