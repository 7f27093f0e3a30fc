"""A disk cache of the coding-by-example training (``coding.coder: examples``), the speed trick
``example_cache`` of ``corpus.speedups``.

``examples.code_by_example`` parses the shipped coded passages with the real model
(``example_evidence``, ~thousands of passages) and fits one logistic regression per theme and
coding (``train``) before it recodes a single segment: minutes, in every themes run, for work
that depends only on the examples and on the settings below. This module keeps the result
(passages, their evidence, the trained models) on disk, so that a second run with the same
inputs reads it back: the same Python objects, unpickled, so the same predictions and tables,
byte for byte.

The key is a sha256 over everything the result depends on: the examples file's bytes (and those
of `coding.examples_overrides`, when set); the
themes mapping and the coding parameters (canonical JSON); the spaCy model's name and installed
version; the seed; the versions of numpy, scipy, scikit-learn and spaCy; and a digest of every
file of the installed ``corpus`` package (code and language data: any change is a miss). The
vocab passed in must be the named model's vector table (``coding.load_vocab``), else no cache.

Where: ``recache.cache_dir()/examples/<key>.pkl``, written atomically (a temporary file in the
same folder, then ``os.replace``: parallel jobs never read half a file), as MAGIC +
sha256(payload) + payload; a damaged or foreign file is ignored (recomputed and rewritten). The
folder keeps the ``KEEP`` newest files. Any failure means the normal computation, never an error.
The files are pickles read only from the user's own cache folder (the same trust as the user's
configuration); the hash checks integrity, not origin.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import pickle
import tempfile
from pathlib import Path

MAGIC = b"corpus-examplecache-1\n"
KEEP = 8  # newest files kept in the folder
LIBRARIES = ("numpy", "scipy", "scikit-learn", "spacy")

_package_digest: str | None = None


def folder() -> Path:
    from .. import recache

    return recache.cache_dir() / "examples"


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return ""


def package_digest() -> str:
    """sha256 over every file of the installed ``corpus`` package (relative path + bytes, sorted
    by path, __pycache__ left out); computed once per process."""
    global _package_digest
    if _package_digest is None:
        root = Path(__file__).resolve().parents[1]
        h = hashlib.sha256()
        files = sorted((p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts),
                       key=lambda p: p.relative_to(root).as_posix())
        for p in files:
            rel = p.relative_to(root).as_posix().encode()
            data = p.read_bytes()
            h.update(len(rel).to_bytes(8, "little") + rel + len(data).to_bytes(8, "little") + data)
        _package_digest = h.hexdigest()
    return _package_digest


def key(examples_path: str | Path, themes: dict, params: dict, model: str, seed: int, vocab) -> str | None:
    """The cache key of a training, None when it cannot be named (then no cache)."""
    if getattr(vocab, "model", None) != model:  # not the named model's vectors: cannot name them
        return None
    model_version = _version(model)
    if not model_version:
        return None
    parts = {
        "examples": hashlib.sha256(Path(examples_path).read_bytes()).hexdigest(),
        "overrides": (hashlib.sha256(Path(params["examples_overrides"]).read_bytes()).hexdigest()
                      if params.get("examples_overrides") else ""),
        "themes": json.dumps(themes, sort_keys=True, ensure_ascii=False),
        "params": json.dumps(params, sort_keys=True, ensure_ascii=False),
        "model": [model, model_version],
        "seed": int(seed),
        "libraries": [[name, _version(name)] for name in LIBRARIES],
        "package": package_digest(),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def path_for(k: str) -> Path:
    return folder() / f"{k}.pkl"


def pack(k: str, value) -> bytes:
    payload = pickle.dumps((k, value), protocol=pickle.HIGHEST_PROTOCOL)
    return MAGIC + hashlib.sha256(payload).digest() + payload


def unpack(data: bytes, k: str):
    """The value stored under key ``k``; ValueError if the file is damaged or holds another key."""
    if not data.startswith(MAGIC):
        raise ValueError("not a cache file")
    digest, payload = data[len(MAGIC): len(MAGIC) + 32], data[len(MAGIC) + 32:]
    if hashlib.sha256(payload).digest() != digest:
        raise ValueError("content does not match its hash")
    stored, value = pickle.loads(payload)
    if stored != k:
        raise ValueError("holds another training than its name says")
    return value


def load(k: str):
    """The stored value of key ``k``, None if absent, damaged or foreign."""
    try:
        return unpack(path_for(k).read_bytes(), k)
    except Exception:  # missing, unreadable, damaged, another version's pickle: recompute
        return None


def save(k: str, value) -> Path | None:
    """Write ``value`` under key ``k`` atomically, then trim the folder; None if not possible."""
    path = path_for(k)
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = pack(k, value)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pkl")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        tmp = None
        trim(path.parent)
        return path
    except Exception:  # unwritable folder, an object that does not pickle: no cache
        return None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def trim(where: Path, keep: int = KEEP) -> None:
    """Remove all but the ``keep`` newest cache files (by mtime) of the folder."""
    def mtime(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:
            return 0.0

    files = sorted(where.glob("*.pkl"), key=lambda p: (mtime(p), p.name), reverse=True)
    for p in files[keep:]:
        try:
            p.unlink()
        except OSError:
            pass


def cached(examples_path: str | Path, themes: dict, params: dict, model: str, seed: int, vocab,
           compute):
    """``compute()``'s value, read from the cache when the trick is on and a sound file holds
    it, else computed (and stored when the trick is on)."""
    from .. import speedups

    if not speedups.enabled("example_cache"):
        return compute()
    try:
        k = key(examples_path, themes, params, model, seed, vocab)
    except Exception:  # an unreadable file or a setting that is not JSON: the normal computation
        k = None
    if k is None:
        return compute()
    value = load(k)
    if value is not None:
        try:
            os.utime(path_for(k))  # a used file counts as new for trim
        except OSError:
            pass
        return value
    value = compute()
    save(k, value)
    return value
