"""Quality of the extracted text: the share of garbled or unknown words (OCR noise), the
language, each page's flags and the document's warnings (status.json)."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lang import load as lang_data
from .clean import remove_unmapped_glyphs
from .wordforms import word_lexicon

if TYPE_CHECKING:
    from .assemble import Extracted


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


GARBLED_PAGE = 0.15   # a page with more than this share of garbled/unknown words is flagged
LOW_TEXT_PAGE = 200   # characters: a text page with fewer is flagged (cover, figure, scan)
GARBLED_DOC = 0.10    # a document with more garbled/unknown words than this warns
LOW_TEXT_WARN = 0.25  # share of pages with little or no text from which a document warns
LOW_TEXT_ERROR = 0.5  # ... and above which it is an error (extract.allow_low_text overrides)
DRAWN_PAGE_CURVES = 200  # vector paths on a page with little text: text drawn as curves


def _low_text_pages(result: Extracted) -> list[int]:
    """Pages with almost no text: no text layer, or fewer than LOW_TEXT_PAGE characters."""
    return [r["page"] for r in result.pages if r["n_chars"] < LOW_TEXT_PAGE]


def quality(result: Extracted) -> dict:
    """Per-document quality flags, from the per-page rows."""
    text_pages = [r for r in result.pages if r["has_text"]]
    chars = [r["n_chars"] for r in text_pages]
    garbled = [r["page"] for r in text_pages if r["garbled_share"] > GARBLED_PAGE and r["n_chars"] >= 100]
    low = [r["page"] for r in text_pages if r["n_chars"] < LOW_TEXT_PAGE]
    flags = []
    if result.no_text_pages:
        flags.append("partly_scanned")
    if garbled:
        flags.append("garbled_pages")
    return {
        "no_text_layer_pages": result.no_text_pages,
        "garbled_pages": garbled,
        "low_text_pages": low,
        "chars_per_page_median": statistics.median(chars) if chars else 0,
        "quality": ",".join(flags) or "ok",
    }


def document_garbled_share(result: Extracted) -> float:
    return garbled_with_unmapped(result.text, sum(int(r["unmapped_glyphs"]) for r in result.pages))


def warnings(result: Extracted, garbled: float | None = None) -> str:
    """What a reader of the tables must know about this document's text, as
    ``key=value; key=value`` ('' when nothing): pages with little or no text, pages drawn as
    curves, garbled words, glyphs without characters, a language other than French."""
    n = result.n_pages
    garbled = document_garbled_share(result) if garbled is None else garbled
    found = []
    low = _low_text_pages(result)
    if result.no_text_pages:
        found.append(f"no_text_layer_pages={len(result.no_text_pages)}/{n}")
    if len(low) >= min(2, n) and len(low) >= LOW_TEXT_WARN * n:
        found.append(f"low_text_pages={len(low)}/{n}")
    drawn = [r["page"] for r in result.pages
             if r["n_curves"] >= DRAWN_PAGE_CURVES and r["n_chars"] < LOW_TEXT_PAGE]
    if drawn:
        found.append(f"drawn_pages={len(drawn)}/{n}")
    if garbled > GARBLED_DOC:
        found.append(f"garbled_share={garbled:.2f}")
    garbled_pages = quality(result)["garbled_pages"]
    if garbled_pages:
        found.append(f"garbled_pages={len(garbled_pages)}/{n}")
    unmapped = sum(int(r["unmapped_glyphs"]) for r in result.pages)
    if unmapped:
        found.append(f"unmapped_glyphs={unmapped}")
    language = guess_language(result.text)
    if language and language != "fr":
        found.append(f"language={language}")
    return "; ".join(found)
