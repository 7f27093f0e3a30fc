"""The state of the last workflow run, the lock every way of running it takes, and orphans.

Whatever starts the workflow (`make run`, `snakemake` directly, the SLURM profile), the
Snakefile's handlers call this module: ``start_run`` (onstart) takes the run lock and writes
``results/run_state.json`` = running; ``finish_run`` (onsuccess/onerror) records ok or failed
with the failed steps read from Snakemake's log. ``corpus summary`` then reports THIS run: a
failed run is named as failed, with the outputs it did not rebuild, never as "N/N ok" read from
the previous run's tables.

The lock is an flock(2) on ``.snakemake/corpus-run.lock``: the kernel drops it when the holding
process dies, so a killed run never leaves a lock behind, and `make run` clears Snakemake's own
lock (``--unlock``) only when no run holds this one.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import socket
import time
from pathlib import Path

from . import io as cio
from .errors import CorpusError

STATE_NAME = "run_state.json"
LOCK_PATH = Path(".snakemake") / "corpus-run.lock"
ORPHANS_DIR = "orphans"   # results/orphans/<doc_id>: interim folders of removed documents

_held = None  # the open lock file of this process's run (kept open until the process ends)


def state_path(results: str | Path) -> Path:
    return Path(results) / STATE_NAME


def read_state(results: str | Path) -> dict:
    path = state_path(results)
    if not path.is_file():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"state": "unreadable", "failed": [f"{path}: not valid JSON"]}


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# ---- the run lock --------------------------------------------------------------------------
def lock_holder(lock_path: str | Path = LOCK_PATH) -> str:
    """'' when no live process holds the run lock, else who does (pid, host, start)."""
    import fcntl

    lock_path = Path(lock_path)
    if not lock_path.exists():
        return ""
    with open(lock_path, "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            return fh.read().strip() or "another process"
        fcntl.flock(fh, fcntl.LOCK_UN)
    return ""


def take_lock(lock_path: str | Path = LOCK_PATH) -> None:
    """Hold the run lock for the rest of this process, or raise naming the run that holds it."""
    import fcntl

    global _held
    if _held is not None:
        return
    lock_path = Path(lock_path)
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fh = open(lock_path, "a+")  # noqa: SIM115 - held open while the run lasts
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.seek(0)
        holder = fh.read().strip() or "another process"
        fh.close()
        raise CorpusError(f"{lock_path}: another run of the workflow is working in this folder "
                          f"({holder}); wait for it to end") from None
    fh.seek(0)
    fh.truncate()
    fh.write(f"pid {os.getpid()} on {socket.gethostname()} since {_now()}\n")
    fh.flush()
    _held = fh


def release_lock() -> None:
    import fcntl

    global _held
    if _held is not None:
        fcntl.flock(_held, fcntl.LOCK_UN)
        _held.close()
        _held = None


# ---- the run state -------------------------------------------------------------------------
def start_run(results: str | Path, lock_path: str | Path = LOCK_PATH) -> dict:
    take_lock(lock_path)
    state = {"state": "running", "started": _now(), "started_epoch": time.time(),
             "pid": os.getpid(), "host": socket.gethostname(), "failed": []}
    cio.write_json(state_path(results), state)
    return state


ERROR_LINE = re.compile(r"^Error in rule (\S+?):\s*$")
DETAIL_LINE = re.compile(r"^\s+(wildcards|log): (.+?)\s*$")


def failed_steps(log_text: str) -> list[str]:
    """'rule topics (log: results/logs/topics.log)' per failed job of a Snakemake log."""
    steps: list[str] = []
    lines = log_text.splitlines()
    for i, line in enumerate(lines):
        m = ERROR_LINE.match(line)
        if not m:
            continue
        details = {}
        for nxt in lines[i + 1: i + 12]:
            d = DETAIL_LINE.match(nxt)
            if d:
                details[d.group(1)] = d.group(2).split(" (check")[0]
            elif nxt and not nxt[0].isspace():
                break
        step = f"rule {m.group(1)}"
        if "wildcards" in details:
            step += f" [{details['wildcards']}]"
        if "log" in details:
            step += f" (log: {details['log']})"
        if step not in steps:
            steps.append(step)
    return steps


def _log_files(log) -> list[Path]:
    """Snakemake hands its handlers one log path, a list of them, or None."""
    if not log:
        return []
    items = log if isinstance(log, (list, tuple)) else [log]
    return [Path(str(item)) for item in items if item]


def finish_run(results: str | Path, ok: bool, log=None) -> dict:
    state = read_state(results) or {"started": _now(), "started_epoch": time.time()}
    logs = _log_files(log)
    failed: list[str] = []
    if not ok:
        for path in logs:
            try:
                failed += failed_steps(path.read_text(encoding="utf-8", errors="replace"))
            except OSError:
                pass
        failed = list(dict.fromkeys(failed)) or [
            f"see the Snakemake log {logs[0]}" if logs else "see Snakemake's output above"]
    state.update({"state": "ok" if ok else "failed", "finished": _now(), "failed": failed,
                  "log": str(logs[0]) if logs else ""})
    cio.write_json(state_path(results), state)
    release_lock()
    return state


# ---- the summary -----------------------------------------------------------------------------
FINAL_OUTPUTS = ("tables/documents.csv", "report/index.html", "manifest.json")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def not_rebuilt(results: Path, since: float) -> list[str]:
    """Outputs older than ``since`` (or missing): not made by the run that started then."""
    names = sorted(p.relative_to(results).as_posix() for p in (results / "tables").glob("*.csv"))
    names += [n for n in FINAL_OUTPUTS[1:]]
    names += sorted(p.relative_to(results).as_posix() for p in (results / "exports").glob("*")
                    if p.name != ".snakemake_timestamp")
    out = []
    for name in dict.fromkeys(names):
        path = results / name
        if not path.exists():
            out.append(f"{name} (missing)")
        elif path.stat().st_mtime < since:
            out.append(name)
    return out


def summary(results: str | Path, since: float | None = None,
            exit_status: int | None = None) -> tuple[list[str], int]:
    """Lines to print and the exit code. ``since``: when the caller started the workflow (the
    state must be this run's); ``exit_status``: what Snakemake returned."""
    results = Path(results)
    state = read_state(results)
    this_run = bool(state) and (since is None or state.get("started_epoch", 0) >= since - 1)
    name = state.get("state") if this_run else None
    dead = state.get("host") == socket.gethostname() and not _pid_alive(int(state.get("pid", 0)))
    if name == "running" and not dead and exit_status is None:
        return [(f"summary: a run is in progress (pid {state.get('pid')} on "
                 f"{state.get('host')}, started {state.get('started')})")], 1
    failed_run = (exit_status not in (None, 0)) or name in ("failed", "running", "unreadable")
    if failed_run:
        if name == "running":
            why = "did not finish (killed or crashed before its end handler)"
        elif this_run and name == "failed":
            why = "FAILED"
        else:
            why = (f"FAILED before any job ran (Snakemake exit {exit_status}: see its message "
                   "above)")
        lines = [f"summary: the run {why}; the tables are NOT all from this run"]
        for step in state.get("failed", []) if this_run else []:
            lines.append(f"  failed: {step}")
        start = state.get("started_epoch") if this_run else since
        stale = not_rebuilt(results, start) if start else []
        if stale:
            lines.append("  not rebuilt by this run (from an earlier run, not current): "
                         + ", ".join(stale))
        lines += _document_errors(results, header=False)
        return lines, 1
    path = results / "tables" / "documents.csv"
    if not path.exists():
        raise CorpusError(f"{path}: missing; the workflow did not reach the tables")
    rows = cio.read_csv(path)
    errors = [r for r in rows if r["status"] != "ok"]
    lines = [f"summary: {len(rows) - len(errors)}/{len(rows)} documents ok"]
    lines += [f"  error: {r['doc_id']}: {r['error']}" for r in errors]
    lines += [f"  warning: {r['doc_id']}: {r['warnings']}" for r in rows
              if r["status"] == "ok" and r.get("warnings")]
    return lines, 1 if errors else 0


# `make run` sets this and prints the summary itself, with its exit code, after Snakemake ends
SUMMARY_BY_ENV = "CORPUS_SUMMARY_BY"


def end_of_run_summary(results: str | Path) -> list[str]:
    """The summary a run started without `make` (snakemake, the SLURM profile) prints at its
    end: Snakemake's "100% done" and exit 0 say nothing of a document marked `error`."""
    if os.environ.get(SUMMARY_BY_ENV) == "make":
        return []
    try:
        lines, code = summary(results)
    except CorpusError as exc:
        return [f"summary: {exc}"]
    if code:
        lines.append("  (`corpus summary` prints this again and exits 1)")
    return lines


def _document_errors(results: Path, header: bool = True) -> list[str]:
    """Per-document extraction errors on record in the interim folders."""
    lines = []
    for status in sorted((results / "interim").glob("*/status.json")):
        try:
            st = cio.read_json(status)
        except (CorpusError, ValueError) as exc:
            lines.append(f"  error: {status.parent.name}: {exc}")
            continue
        if st.get("status") != "ok":
            lines.append(f"  error: {status.parent.name}: {st.get('error', '')}")
    return lines


# ---- documents no longer in the sheet ------------------------------------------------------
def orphans(interim_root: str | Path, doc_ids) -> list[Path]:
    """Interim folders of documents that are not in the sheet any more."""
    root = Path(interim_root)
    if not root.is_dir():
        return []
    keep = set(doc_ids)
    return sorted(d for d in root.iterdir()
                  if d.is_dir() and not d.name.startswith(".") and d.name not in keep
                  and (d / "status.json").exists())


def move_orphans(interim_root: str | Path, doc_ids, results: str | Path) -> list[tuple[Path, Path]]:
    """Move each orphan folder to results/orphans/<doc_id> (…-2, -3 when taken); never deletes."""
    moved = []
    target_root = Path(results) / ORPHANS_DIR
    for d in orphans(interim_root, doc_ids):
        target_root.mkdir(parents=True, exist_ok=True)
        target, n = target_root / d.name, 1
        while target.exists():
            n += 1
            target = target_root / f"{d.name}-{n}"
        os.replace(d, target)
        moved.append((d, target))
    return moved
