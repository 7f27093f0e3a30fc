"""Quality of a text: the share of garbled or unknown words (OCR noise), its language."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..lang import load as lang_data
from .clean import remove_unmapped_glyphs
from .wordforms import word_lexicon

TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
VOWELS = re.compile(r"[aeiouyàâäéèêëîïôöùûüÿœæ]")
# Letter pairs that do not occur inside French words but OCR produces (gqu’on, qg, ...).
BAD_PAIRS = re.compile(r"gq|qg|q(?=[^\Wu])|[éèê]{2}")
GARBLED_RUN = re.compile(r"[bcdfghjklmnpqrstvwxz]{5,}|(.)\1\1", re.IGNORECASE)


@lru_cache(maxsize=1 << 17)
def _garbled_with_lexicon(word: str) -> bool:
    return is_garbled(word, word_lexicon())  # a thesis repeats each word form many times


def is_garbled(word: str, known=None) -> bool:
    """A word token that looks like OCR noise or is not French (lower-case words only for the
    lexicon check: names and acronyms are legitimately unknown)."""
    lower = word.lower()
    parts = re.split(r"['’]", lower)
    stem = max(parts, key=len)
    if len(stem) > 3 and not VOWELS.search(stem) and not word.isupper():  # CPTS, MSP: acronyms
        return True
    if GARBLED_RUN.search(lower) or BAD_PAIRS.search(stem):
        return True
    if re.search(r"[a-zà-ÿ][A-Z]", word) and not word.isupper():
        return True
    if known is not None and word.islower() and len(stem) >= 4:
        return not any(known(p) for p in (lower, stem))
    return False


def garbled_share(text: str, use_lexicon: bool = True) -> float:
    """Share of word tokens that look like OCR noise or are unknown lower-case French words;
    each `(cid:N)` placeholder (a glyph without a character) counts as one garbled word."""
    unmapped = 0
    if "(cid:" in text:
        text, _styles, unmapped = remove_unmapped_glyphs(text)
    words = TOKEN.findall(text)
    if not words and not unmapped:
        return 0.0
    if use_lexicon:
        bad = sum(1 for w in words if _garbled_with_lexicon(w))
    else:
        bad = sum(1 for w in words if is_garbled(w))
    return round((bad + unmapped) / (len(words) + unmapped), 4)


# ---- language --------------------------------------------------------------------------------

LANGUAGE_MIN_HITS = 20   # function words needed before a language is named


def guess_language(text: str, min_hits: int = LANGUAGE_MIN_HITS) -> str:
    """The language whose function words (lang/fr/languages.yaml) are the most frequent in
    ``text``; '' when too few of them to tell (a short or garbled text)."""
    words = lang_data()["function_words"]
    index = _language_index(tuple(words))
    hits: Counter = Counter()
    for token in TOKEN.findall(text.lower()):
        lang = index.get(token)
        if lang:
            hits[lang] += 1
    if sum(hits.values()) < min_hits:
        return ""
    return hits.most_common(1)[0][0]


@lru_cache(maxsize=1)
def _language_index(_langs: tuple) -> dict[str, str]:
    """word -> language, for words that only one language's list has."""
    seen: Counter = Counter()
    data = lang_data()["function_words"]
    for words in data.values():
        seen.update(set(map(str, words)))
    return {str(w): lang for lang, words in data.items() for w in words if seen[str(w)] == 1}


def garbled_with_unmapped(text: str, unmapped: int) -> float:
    """Garbled share counting each removed (cid:N) glyph as a garbled word."""
    words = len(TOKEN.findall(text))
    if not words and not unmapped:
        return 0.0
    return round((garbled_share(text) * words + unmapped) / (words + unmapped), 4)
