"""One switch for the speed tricks that reach into library internals.

Five places save time by doing what a library does without going through it, or by not doing
again what was done before. Each gives the same result as the plain computation
(tests/test_speedups.py, tests/themes/test_example_cache.py compare them), and each falls back
to it, silently, when the switch turns it off or when it cannot apply:

- ``recache``: spaCy's French tokenizer compiles a 1.4 MB exception regex in every process
  that loads the model; ``corpus.recache`` keeps its compiled form on disk and puts it into
  ``re``'s private cache. Uses ``re._compiler``, ``re._parser``, ``re._cache`` and
  ``_sre.compile``, whose code is the same in CPython 3.11, 3.12 and 3.13 (``recache.PYTHONS``);
  elsewhere, or when one of them is missing, the regex is compiled as usual.
- ``segment_patterns``: the segmenter compiles ~700 patterns from the language data in every
  process (~1.2 CPU s of ``re``'s parser); ``corpus.recache``'s bundle keeps their compiled forms
  in one file, seeded into ``re``'s cache before the segment modules import (same internals as
  ``recache``; a pattern string the bundle lacks is compiled as usual and added by the stage;
  one bundle per version of the segmenter and its language data).
- ``string_hash``: the extraction's lexicon check looks words up in the model's vector table by
  spaCy's string hash; ``string_hash`` below computes it in Python so that an extraction job
  need not import spaCy. Applies to the spaCy majors in ``STRING_HASH_SPACY`` (read from the
  installed package's metadata, without importing it); else ``spacy.strings.hash_string``.
- ``stop_words``: the topic and lexicometry stages need spaCy's French stop list; importing
  ``spacy.lang.fr.stop_words`` first imports ``spacy.lang.fr``, which compiles the tokenizer's
  exception patterns. The list's file is a plain module, so it is executed alone; if it cannot
  be (missing, another layout, no ``STOP_WORDS`` set of strings), it is imported.
- ``example_cache``: ``coding.coder: examples`` parses the shipped coded passages with the model
  and trains its logistic regressions in every themes run (minutes); ``themes.example_cache``
  keeps the result on disk under a key of everything it depends on (the examples file, themes,
  coding settings, model and library versions, seed, the package's own files) and reads it back
  unpickled, the same objects. No key (vocab not the named model's), an unreadable, damaged or
  foreign file, an unwritable folder: the training is done as usual.

The switch is the environment variable ``CORPUS_SPEEDUPS``:

- unset or empty: every trick at its default (``DEFAULTS``: all on, each measured worth it;
  figures in docs/ARCHITECTURE.md);
- ``0`` (or ``off``, ``none``): all off, the plain library calls;
- ``1`` (or ``on``, ``all``): all on;
- a comma-separated list of trick names (``recache,stop_words``): exactly those on.

An environment variable rather than a config key: the tricks change no output, so they are not
an analysis setting (a key would sit in the resolved config every stage reads, and turning it
would re-run stages and change the manifest for nothing); and they act where no configuration
is at hand (loading the model in ``make venv``, ``corpus lexicon``, the themes stage; the
extraction's lexicon), whereas the environment reaches every job Snakemake starts.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import struct
from pathlib import Path

from .errors import ConfigError, InputError

ENV = "CORPUS_SPEEDUPS"
# Each trick and whether it is on when CORPUS_SPEEDUPS is unset (all five measured worth it).
DEFAULTS = {"recache": True, "string_hash": True, "stop_words": True, "example_cache": True,
            "segment_patterns": True}
_ALL_ON = {"1", "on", "all"}
_ALL_OFF = {"0", "off", "none"}
# spaCy majors whose StringStore hash is MurmurHash64A of the UTF-8 bytes with seed 1.
STRING_HASH_SPACY = ("3",)


def enabled(name: str) -> bool:
    """Whether trick ``name`` is on under the current ``CORPUS_SPEEDUPS``."""
    if name not in DEFAULTS:
        raise ValueError(f"unknown speed trick {name!r}")
    return name in active()


def active() -> frozenset:
    """The tricks on under the current ``CORPUS_SPEEDUPS`` (read each time: tests change it)."""
    value = os.environ.get(ENV, "").strip().lower()
    if not value:
        return frozenset(n for n, on in DEFAULTS.items() if on)
    if value in _ALL_ON:
        return frozenset(DEFAULTS)
    if value in _ALL_OFF:
        return frozenset()
    names = {n.strip() for n in value.split(",") if n.strip()}
    unknown = sorted(names - set(DEFAULTS))
    if unknown:
        raise ConfigError(f"{ENV}={os.environ[ENV]!r}: unknown trick {', '.join(unknown)} "
                          f"(0, 1 or a list of: {', '.join(DEFAULTS)})")
    return frozenset(names)


# ---- string_hash ------------------------------------------------------------------------------

_M64 = 0xC6A4A7935BD1E995
_MASK64 = (1 << 64) - 1


def string_hash(text: str) -> int:
    """spaCy's string hash (spacy.strings.hash_string: MurmurHash64A of the UTF-8 bytes, seed 1),
    in Python: importing spaCy for it would cost each extraction job ~1 s."""
    data = text.encode("utf-8")
    h = (1 ^ (len(data) * _M64)) & _MASK64
    full = len(data) - len(data) % 8
    for (k,) in struct.iter_unpack("<Q", data[:full]):
        k = (k * _M64) & _MASK64
        k ^= k >> 47
        h ^= (k * _M64) & _MASK64
        h = (h * _M64) & _MASK64
    if full < len(data):
        h ^= int.from_bytes(data[full:], "little")
        h = (h * _M64) & _MASK64
    h ^= h >> 47
    h = (h * _M64) & _MASK64
    return h ^ (h >> 47)


def _spacy_major() -> str | None:
    try:
        return importlib.metadata.version("spacy").split(".")[0]
    except importlib.metadata.PackageNotFoundError:
        return None


def spacy_string_hash():
    """The function giving spaCy's hash of a string: ``string_hash`` when the trick is on and
    the installed spaCy hashes so, else spaCy's own ``hash_string``."""
    if enabled("string_hash") and _spacy_major() in STRING_HASH_SPACY:
        return string_hash
    from spacy.strings import hash_string

    return hash_string


# ---- stop_words -------------------------------------------------------------------------------

def _stop_words_from_file(origin: str) -> frozenset | None:
    """STOP_WORDS of spacy/lang/fr/stop_words.py executed alone; None if that does not work."""
    path = Path(origin).parent / "lang" / "fr" / "stop_words.py"
    namespace: dict = {}
    try:
        exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    except Exception:  # missing, or no longer a self-contained module: import it instead
        return None
    words = namespace.get("STOP_WORDS")
    if not isinstance(words, (set, frozenset)) or not words or not all(isinstance(w, str) for w in words):
        return None
    return frozenset(words)


def _spacy_origin() -> str | None:
    """spaCy's __init__.py, found without importing it."""
    spec = importlib.util.find_spec("spacy")
    return None if spec is None else spec.origin


def fr_stop_words() -> frozenset:
    """spaCy's French stop list (``spacy.lang.fr.stop_words.STOP_WORDS``)."""
    origin = _spacy_origin()
    if origin is None:
        raise InputError("spacy", "not installed (needed for the French stop-word list)")
    if enabled("stop_words"):
        words = _stop_words_from_file(origin)
        if words is not None:
            return words
    from spacy.lang.fr.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)
