"""One map over forked worker processes that inherit the caller's memory.

The NLP stage forks workers after loading the spaCy model, the topics stage after building its
matrices: a forked worker starts with both in memory (copy-on-write), nothing is pickled to send
them, and nothing is imported again. Results come back in item order, so they never depend on
the number of workers.
"""

from __future__ import annotations

from typing import Callable

_JOB: dict = {}  # the function the workers call; set in the parent just before forking


def _call(i: int):
    return _JOB["func"](i)


def fork_map(func: Callable[[int], object], n_items: int, processes: int) -> list:
    """[func(0), ..., func(n_items - 1)], in up to ``processes`` forked workers."""
    if processes <= 1 or n_items <= 1:
        return [func(i) for i in range(n_items)]
    import multiprocessing

    _JOB["func"] = func
    try:
        with multiprocessing.get_context("fork").Pool(min(processes, n_items)) as pool:
            return pool.map(_call, range(n_items), chunksize=1)
    finally:
        _JOB.clear()
