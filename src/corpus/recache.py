"""A disk cache for the one regular expression that makes loading a French spaCy model slow.

spaCy's French tokenizer matches its ~16,000 hyphenated and elided exceptions with one regular
expression of 1.4 MB (``spacy/lang/fr/tokenizer_exceptions.py``, TOKEN_MATCH), compiled again in
every process that loads the model: ~1.7 of the ~3.6 CPU s a load takes (spaCy issue #2679;
measured on CPython 3.11-3.13, docs/ARCHITECTURE.md).
A workflow loads the model once per document job, so on the bundled corpus that is most of
the NLP stage of the four short documents.

CPython compiles a pattern in two steps: parsing and code generation in Python (the slow
part), then ``_sre.compile`` (C), which checks the code and builds the pattern object. This
module keeps the first step's output on disk and puts the rebuilt pattern into ``re``'s own
cache under the exact pattern string, so spaCy's ``re.compile(...)`` finds it there. Nothing
else changes: a pattern string that differs by one character (another spaCy version) is a
cache miss, compiled as usual and then recorded. The cache is used only on the Python minor
version it was written by, and any failure (unwritable folder, damaged file, another
interpreter's internals) means a normal compile, never an error. ``CORPUS_SPEEDUPS`` turns it
off (``corpus.speedups``).

Where: ``$CORPUS_CACHE_DIR``, else ``$XDG_CACHE_HOME/corpus``, else ``~/.cache/corpus``.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path

# Only patterns at least this long are worth a file (TOKEN_MATCH is 1.45 MB).
MIN_PATTERN_CHARS = 100_000
# A cache file is MAGIC + sha256(payload) + payload: a file edited, truncated or swapped for
# another pattern's is recognised as such and ignored (a normal compile), never used.
MAGIC = b"corpus-recache-1\n"


def pack(parts: dict) -> bytes:
    payload = marshal.dumps(parts)
    return MAGIC + hashlib.sha256(payload).digest() + payload


def unpack(data: bytes, path: Path) -> dict:
    """The parts stored in ``data`` if the file is intact and holds the pattern its name names;
    ValueError otherwise."""
    if not data.startswith(MAGIC):
        raise ValueError("not a cache file")
    digest, payload = data[len(MAGIC): len(MAGIC) + 32], data[len(MAGIC) + 32:]
    if hashlib.sha256(payload).digest() != digest:
        raise ValueError("content does not match its hash")
    parts = marshal.loads(payload)
    if _file_for(parts["pattern"], parts["key_flags"]).name != path.name:
        raise ValueError("holds another pattern than its name says")
    return parts


def cache_dir() -> Path:
    if os.environ.get("CORPUS_CACHE_DIR"):
        return Path(os.environ["CORPUS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "corpus"


# CPython minors whose re._compiler.compile, re._compile and _sre.compile this module mirrors
# (the same code in 3.11, 3.12 and 3.13; tests/test_recache.py runs under each in CI).
PYTHONS = ((3, 11), (3, 12), (3, 13))


def _supported(trick: str = "recache") -> bool:
    """The switch allows ``trick`` (corpus.speedups) and this interpreter has the internals used here."""
    from . import speedups

    if not speedups.enabled(trick):
        return False
    try:
        import _sre
        from re import _compiler, _parser
    except ImportError:
        return False
    return (sys.implementation.name == "cpython" and sys.version_info[:2] in PYTHONS
            and isinstance(getattr(re, "_cache", None), dict) and callable(getattr(_sre, "compile", None))
            and hasattr(_sre, "MAGIC") and callable(getattr(_compiler, "_code", None))
            and callable(getattr(_parser, "parse", None)))


def _tag() -> str:
    import _sre

    return f"py{sys.version_info[0]}{sys.version_info[1]}-sre{_sre.MAGIC}"


def _file_for(pattern: str, flags: int) -> Path:
    digest = hashlib.sha256(f"{flags}:{pattern}".encode()).hexdigest()[:24]
    return cache_dir() / f"re-{_tag()}-{digest}.marshal"


def compiled_parts(pattern: str, flags: int = 0) -> dict:
    """What ``re._compiler.compile`` passes to ``_sre.compile``, computed the same way."""
    from re import _compiler, _parser

    p = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(p, flags)]  # opcodes are int subclasses
    indexgroup = [None] * p.state.groups
    for name, i in p.state.groupdict.items():
        indexgroup[i] = name
    return {"pattern": pattern, "flags": flags | p.state.flags, "key_flags": flags, "code": code,
            "groups": p.state.groups - 1, "groupindex": dict(p.state.groupdict),
            "indexgroup": tuple(indexgroup)}


def build(parts: dict) -> re.Pattern:
    import _sre

    return _sre.compile(parts["pattern"], parts["flags"], parts["code"], parts["groups"],
                        parts["groupindex"], parts["indexgroup"])


def save(pattern: str, flags: int = 0, parts: dict | None = None) -> Path | None:
    """Write the compiled form of ``pattern`` (``parts`` if already computed) to the cache
    (atomically); None if not possible."""
    if not _supported():
        return None
    path = _file_for(pattern, flags)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = pack(parts if parts is not None else compiled_parts(pattern, flags))
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        return path
    except Exception:  # unwritable folder, or internals that do not work as expected: no cache
        return None


def seed() -> int:
    """Put every cached pattern of this interpreter into ``re``'s cache; returns how many."""
    if not _supported():
        return 0
    n = 0
    try:
        files = sorted(cache_dir().glob(f"re-{_tag()}-*.marshal"))
    except OSError:
        return 0
    for path in files:
        try:
            parts = unpack(path.read_bytes(), path)
            pattern_obj = build(parts)
        except Exception:
            # damaged, tampered or foreign: ignored (the pattern compiles as usual) and removed,
            # so that the next load records a sound copy
            try:
                path.unlink()
            except OSError:
                pass
            continue
        re._cache[str, parts["pattern"], parts["key_flags"]] = pattern_obj
        n += 1
    return n


def is_cached(pattern: str, flags: int = 0) -> bool:
    return _supported() and _file_for(pattern, flags).exists()


def remember(pattern_obj: re.Pattern) -> bool:
    """Record a long pattern seen after a load (first run, or a new spaCy version)."""
    pattern = pattern_obj.pattern
    if not _supported():  # before any work: a compile costs seconds
        return False
    if not isinstance(pattern, str) or len(pattern) < MIN_PATTERN_CHARS or is_cached(pattern):
        return False
    # re.compile(pattern) was called with flags=0; the inline (?iu) flags are in the string
    try:
        parts = compiled_parts(pattern)
        rebuilt = build(parts)
    except Exception:  # internals that no longer work as this module assumes: no cache
        return False
    # a cheap check that the rebuilt pattern is the one re compiled, before anything is recorded
    if ((rebuilt.flags, rebuilt.groups, rebuilt.groupindex)
            != (pattern_obj.flags, pattern_obj.groups, pattern_obj.groupindex)):
        return False
    return save(pattern, parts=parts) is not None


# ---- a bundle: the hundreds of patterns a stage compiles in every process ------------------------
#
# The segmenter builds ~700 patterns from the language data (at import, and the readers' own on
# first use): ~1.2 CPU s of re's pure-Python parser in every `corpus segment` and `corpus inspect`.
# A bundle is one file of their compiled forms (as above, each keyed by its exact string and
# flags): ``seed_bundle`` puts them into re's cache before the modules compile them, and
# ``record_bundle`` adds the patterns a run compiled that the bundle lacked (a first run, a new
# version of the code or the language data, a corpus's additions), up to MAX_BUNDLE_PATTERNS.
# A bundle seeded with ``sources`` (the folders whose files build the patterns) is one file per
# version of those files: without it, a bundle filled by earlier versions of the code stays full
# of patterns no run uses and never takes the new ones, and every process compiles them again.
# Only the KEEP_VERSIONS newest versions' files are kept (two checkouts on one machine alternate).
# A pattern string that differs is a cache miss, compiled as usual: the patterns, hence the
# output, are the same with or without it (trick ``segment_patterns`` of corpus.speedups).

MAX_BUNDLE_PATTERNS = 4000
KEEP_VERSIONS = 3
BUNDLE_MAGIC = b"corpus-recache-bundle-1\n"
_BUNDLES: dict[str, list[dict]] = {}  # name -> the parts seeded from (and recorded to) its file
_SEEN: dict[str, set] = {}  # name -> the (pattern, flags) of those parts
_VERSIONS: dict[str, str] = {}  # name -> the version of its sources ('' when seeded without)
SOURCE_SUFFIXES = (".py", ".yaml", ".yml", ".json", ".csv")


def sources_version(sources) -> str:
    """A short digest of the files under ``sources`` (relative path, size, modification time):
    stat only, no reading (5–15 ms for the segmenter and the language data)."""
    h = hashlib.sha256()
    for root in map(Path, sources):
        for path in sorted(root.rglob("*")):
            if path.suffix in SOURCE_SUFFIXES and path.is_file():
                st = path.stat()
                h.update(f"{path.relative_to(root).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


def _bundle_file(name: str) -> Path:
    version = _VERSIONS.get(name, "")
    return cache_dir() / (f"bundle-{name}-{version}-{_tag()}.marshal" if version
                          else f"bundle-{name}-{_tag()}.marshal")


def _prune_versions(name: str) -> None:
    """Remove the files of bundle ``name``'s older versions, keeping the KEEP_VERSIONS newest."""
    current = _bundle_file(name)
    others = [p for p in cache_dir().glob(f"bundle-{name}-*-{_tag()}.marshal") if p != current]
    unversioned = cache_dir() / f"bundle-{name}-{_tag()}.marshal"  # written before bundles had versions
    try:
        others.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for stale in others[KEEP_VERSIONS - 1:] + [unversioned] * unversioned.exists():
            stale.unlink()
    except OSError:  # another process pruned it first, or an unwritable folder: nothing lost
        pass


def _read_bundle(path: Path) -> list[dict]:
    data = path.read_bytes()
    if not data.startswith(BUNDLE_MAGIC):
        raise ValueError("not a bundle file")
    digest, payload = data[len(BUNDLE_MAGIC): len(BUNDLE_MAGIC) + 32], data[len(BUNDLE_MAGIC) + 32:]
    if hashlib.sha256(payload).digest() != digest:
        raise ValueError("content does not match its hash")
    parts = marshal.loads(payload)
    if not isinstance(parts, list) or not all(isinstance(p, dict) and isinstance(p.get("pattern"), str)
                                              and isinstance(p.get("key_flags"), int) for p in parts):
        raise ValueError("not a list of compiled patterns")
    return parts


def seed_bundle(name: str, trick: str = "segment_patterns", sources=()) -> int:
    """Put the patterns bundle ``name`` holds into re's cache, and let that cache keep every
    pattern this process compiles (for ``record_bundle``); returns how many were seeded.
    ``sources``: the folders whose files build the patterns (one bundle per version of them)."""
    if not _supported(trick):
        return 0
    try:
        _VERSIONS[name] = sources_version(sources) if sources else ""
    except OSError:  # unreadable sources: the unversioned bundle
        _VERSIONS[name] = ""
    path = _bundle_file(name)
    parts: list[dict] = []
    built: list = []
    try:
        if path.exists():
            parts = _read_bundle(path)
            built = [build(p) for p in parts]
    except Exception:  # damaged, tampered or foreign: compiled as usual, recorded again
        parts, built = [], []
        try:
            path.unlink()
        except OSError:
            pass
    # re drops its oldest pattern past _MAXCACHE (512): room for the bundle and for what the run
    # compiles besides, which record_bundle reads from the cache
    re._MAXCACHE = max(re._MAXCACHE, len(re._cache) + len(parts) + MAX_BUNDLE_PATTERNS)
    for p, obj in zip(parts, built):
        re._cache[str, p["pattern"], p["key_flags"]] = obj
    _BUNDLES[name] = parts
    _SEEN[name] = {(p["pattern"], p["key_flags"]) for p in parts}
    return len(built)


def record_bundle(name: str, trick: str = "segment_patterns") -> int:
    """Add to bundle ``name`` the patterns in re's cache it lacks (compiled since ``seed_bundle``),
    while it holds fewer than MAX_BUNDLE_PATTERNS; returns how many were added (0: nothing written)."""
    if not _supported(trick) or name not in _SEEN:
        return 0
    seen = _SEEN[name]
    room = MAX_BUNDLE_PATTERNS - len(seen)
    new = [(key[1], key[2], obj) for key, obj in list(re._cache.items())
           if key[0] is str and (key[1], key[2]) not in seen][:max(room, 0)]
    added = []
    for pattern, flags, obj in new:
        try:
            parts = compiled_parts(pattern, int(flags))
            rebuilt = build(parts)
        except Exception:  # internals that no longer work as this module assumes: not recorded
            continue
        if (rebuilt.flags, rebuilt.groups, rebuilt.groupindex) != (obj.flags, obj.groups, obj.groupindex):
            continue
        added.append(parts)
    if not added:
        return 0
    path = _bundle_file(name)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = marshal.dumps(_BUNDLES[name] + added)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(BUNDLE_MAGIC + hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)
    except Exception:  # unwritable folder: no bundle, every pattern compiled as usual
        return 0
    _BUNDLES[name] = _BUNDLES[name] + added
    seen |= {(p["pattern"], p["key_flags"]) for p in added}
    if _VERSIONS.get(name):
        _prune_versions(name)
    return len(added)
