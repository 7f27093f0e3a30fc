"""The word forms of the spaCy model's vocabulary as a predicate (known French words), read
without loading the model (and, switch allowing, without importing spaCy: corpus.speedups)."""

from __future__ import annotations

from functools import lru_cache

from ..lang import MODEL


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

        spec = importlib.util.find_spec(MODEL)
        root = Path(list(spec.submodule_search_locations)[0])
        keys = srsly.read_msgpack(next(root.glob(f"{MODEL}-*/vocab/key2row")))
    except Exception:  # no model: fall back to the spelling heuristics alone
        return None
    from .. import speedups

    hash_word = speedups.spacy_string_hash()  # the model's keys are spaCy's hashes of the words
    return lambda w: hash_word(w) in keys
