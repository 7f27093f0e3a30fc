"""A participant code as the subject of the sentence that holds a quotation: "P2 craint par exemple
que déplacer des morceaux de texte « [fasse] du code … »", "tandis que P4 a expliqué se sentir
« impuissante »". A researchers' article quotes most of its participants "« … » (P7)" and, where
the sentence already names who speaks, leaves the parenthesis out. Where a document closes at
least ``min_closing_codes`` quotations with a code in parentheses, a quotation nobody claimed is
that code's when, in its sentence, the nearest code before it is one of those, used as a subject
(not after "de", "à", "pour": ``not_after``), followed within ``max_chars`` by a verb of saying or
feeling (``verb_stems`` of ``lang/fr/coded_subjects.yaml``), with no other code between. A code
named with no verb ("À l'exception de P7, … « rich text »"), a title in guillemets in a document
that closes no quotation with a code: unchanged.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..text import fold
from . import conventions as cv

CLOSING = r"»\s*\((?P<code>[^()\n]{1,12})\)"
SENTENCE_END = re.compile(r"[.!?…]\s+(?=[A-ZÀ-Ý«])|\n")


def settings() -> dict:
    return {"verb_stems": [], "not_after": [], "max_chars": 220, "min_closing_codes": 3,
            **(cv.language_data().get("coded_subjects") or {})}


def _alt(words) -> str:
    return "|".join(re.escape(fold(w).lower()) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"


@lru_cache(maxsize=8)
def closing_codes(text: str) -> frozenset:
    """The codes that close quotations in parentheses ("» (P7)"), when there are enough of them."""
    s = settings()
    shape = cv.LABEL_SHAPES["code"]
    found = Counter(m.group("code").strip() for m in re.finditer(CLOSING, text) if shape.match(m.group("code").strip()))
    return frozenset(found) if sum(found.values()) >= s["min_closing_codes"] else frozenset()


@lru_cache(maxsize=4)
def _patterns(stems: tuple, not_after: tuple) -> tuple[re.Pattern, re.Pattern]:
    verb = re.compile(rf"(?<!\w)(?:{_alt(stems)})")
    before = re.compile(rf"(?<!\w)(?:{_alt(not_after)})\s*$")
    return verb, before


def subject_code(text: str, a: int, codes: frozenset) -> str | None:
    """The code that is the subject of the sentence leading to the quotation opening at ``a``."""
    if not codes:
        return None
    s = settings()
    start = max(0, a - 600)
    head = text[start:a]
    cuts = [m.end() for m in SENTENCE_END.finditer(head)]
    sentence = head[cuts[-1]:] if cuts else head
    alt = "|".join(re.escape(c) for c in sorted(codes, key=len, reverse=True))
    found = list(re.finditer(rf"(?<![\w-])(?:{alt})(?![\w-])", sentence))
    if not found:
        return None
    m = found[-1]
    between = sentence[m.end():]
    if len(between) > s["max_chars"] or "«" in between:
        return None
    verb, before = _patterns(tuple(s["verb_stems"]), tuple(s["not_after"]))
    if before.search(fold(sentence[:m.start()]).lower()) or not verb.search(fold(between).lower()):
        return None
    return m.group(0)


def coded_subject_call(text: str, a: int, call, coded_parenthesis):
    """The quotation text[a:…] nobody claimed, given to its sentence's subject code; the code's
    attributes read as its parenthesis would be (``coded_parenthesis(code)``)."""
    if call.verbatim:
        return call
    code = subject_code(text, a, closing_codes(text))
    if code is None:
        return call
    attrs = coded_parenthesis(code)
    if not attrs:
        return call
    return type(call)(True, {**attrs, "speaker": attrs.get("speaker") or code}, None)
