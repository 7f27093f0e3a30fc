"""Reading a PDF in worker processes (page ranges in parallel for large PDFs) under a memory
limit (RLIMIT_AS) and a time limit, so that a pathological PDF becomes an error, not a hung
workflow."""

from __future__ import annotations

import math
from pathlib import Path

from ..errors import PdfError, ResourceLimitError
from .pdf import Page, _pdf_problem, count_pages, read_lines

SMALL_PDF_PAGES = 24      # below this, one worker reads the whole file (no split overhead)


def _address_space() -> int:
    """Bytes of virtual memory this process uses now (Linux); 0 when unknown."""
    import os

    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 0


def _limit_memory(memory_mb: int) -> None:
    """Worker initializer: an address-space bound, so a runaway PDF fails with MemoryError.

    Workers are forked (no re-import of the caller's __main__), so they start with the
    parent's address space: the bound is that start plus ``memory_mb``.
    """
    import resource

    if memory_mb:
        limit = _address_space() + int(memory_mb) * 1024 * 1024
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        # soft limit only: after a MemoryError the worker lifts it to report the failure
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _lift_memory_limit() -> None:
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (hard, hard))


def _worker(task: tuple) -> tuple[str, object]:
    """Run in a worker: ('ok', result) or ('error'|'memory', problem). Never raises, because
    exception objects with custom constructors do not survive pickling."""
    what, path, pages = task
    try:
        if what == "count":
            return "ok", count_pages(path)
        return "ok", read_lines(path, pages)
    except PdfError as exc:
        return "error", exc.problem
    except MemoryError:
        _lift_memory_limit()
        return "memory", ""
    except (ImportError, OSError) as exc:
        if "map" in str(exc) or "memory" in str(exc).lower():  # a library refused under the bound
            _lift_memory_limit()
            return "memory", ""
        return "error", _pdf_problem(exc)
    except Exception as exc:  # pragma: no cover - anything pdfminer did not anticipate
        return "error", _pdf_problem(exc)


def page_ranges(n_pages: int, workers: int) -> list[list[int]]:
    """0-based page ranges: several per worker so that uneven pages balance out."""
    if workers <= 1 or n_pages < SMALL_PDF_PAGES:
        return [list(range(n_pages))]
    size = max(8, math.ceil(n_pages / (workers * 4)))
    return [list(range(s, min(s + size, n_pages))) for s in range(0, n_pages, size)]


def read_pdf(path: str | Path, timeout_seconds: float = 900, memory_mb: int = 2000,
             page_workers: int = 1) -> dict[int, Page]:
    """All pages of a PDF, read in worker processes under a time and memory bound."""
    import multiprocessing
    import time

    import pdfminer.high_level  # noqa: F401  (loaded before forking: workers under a memory
    import pdfminer.pdfdocument  # noqa: F401   bound must not need to map new libraries)

    path = Path(path)
    name = path.name
    deadline = time.monotonic() + timeout_seconds
    ctx = multiprocessing.get_context("fork")
    pool = ctx.Pool(processes=max(1, page_workers), initializer=_limit_memory, initargs=(memory_mb,))

    def collect(async_result):
        try:
            return async_result.get(timeout=max(0.1, deadline - time.monotonic()))
        except multiprocessing.TimeoutError:
            raise ResourceLimitError(
                name, f"extraction exceeded the time limit of {timeout_seconds:g} s "
                      "(extract.timeout_seconds)") from None

    def unwrap(outcome):
        state, value = outcome
        if state == "memory":
            raise ResourceLimitError(
                name, f"extraction exceeded the memory limit of {memory_mb} MB (extract.memory_mb)")
        if state == "error":
            raise PdfError(name, value)
        return value

    try:
        n_pages = unwrap(collect(pool.apply_async(_worker, (("count", str(path), None),))))
        if n_pages == 0:
            raise PdfError(name, "PDF has no pages")
        ranges = page_ranges(n_pages, page_workers)
        tasks = [("read", str(path), None if len(ranges) == 1 else r) for r in ranges]
        pages: dict[int, Page] = {}
        for outcome in collect(pool.map_async(_worker, tasks, chunksize=1)):
            pages.update(unwrap(outcome))
        return dict(sorted(pages.items()))
    finally:
        pool.terminate()
        pool.join()
