"""Pure text -> text repairs. Each function is small and testable; callers log what changed."""

from __future__ import annotations

import re
import unicodedata

# Typographic ligatures and compatibility characters that pdfminer passes through.
LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st", "\u0153": "œ", "\u0152": "Œ",
}
# Spaces that are not U+0020: non-breaking, narrow non-breaking (French « », :), thin, tabs.
SPACE_LIKE = re.compile(r"[\u00a0\u202f\u2009\u2007\u2002\u2003\u200a\t]")
MULTI_SPACE = re.compile(r" {2,}")
CONTROL = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\ufffd\u200b\ufeff]")


def normalize_unicode(text: str) -> str:
    """NFC, ligatures expanded; French typography (« » ’ –) kept as it is."""
    for lig, repl in LIGATURES.items():
        if lig in text:
            text = text.replace(lig, repl)
    return unicodedata.normalize("NFC", text)


def normalize_spaces(text: str) -> str:
    """Non-breaking spaces and tabs become one plain space; runs of spaces collapse."""
    text = SPACE_LIKE.sub(" ", text)
    return MULTI_SPACE.sub(" ", text)


def strip_controls(text: str) -> str:
    """Remove soft hyphens, zero-width and control characters, replacement chars."""
    return CONTROL.sub("", text)


def clean_line(text: str) -> str:
    return normalize_spaces(strip_controls(normalize_unicode(text))).strip()


HYPHEN_END = re.compile(r"(\w)[-‐]$")


def join_hyphenated(left: str, right: str, known_words: set[str] | frozenset = frozenset()) -> tuple[str, bool]:
    """Join two lines; a word cut by a hyphen at the end of ``left`` is rejoined.

    The hyphen is kept when the hyphenated form is a known word of the document
    (``elles-mêmes``) or the right part starts with an upper-case letter (``Île-de-France``).
    Returns (joined text, whether a hyphen was removed).
    """
    if not left:
        return right, False
    if HYPHEN_END.search(left) and right[:1].isalpha():
        head = left.rsplit(" ", 1)[-1][:-1]
        tail = re.split(r"[\s,.;:!?»)]", right, maxsplit=1)[0]
        hyphenated = f"{head}-{tail}".lower()
        if right[:1].isupper() or hyphenated in known_words:
            return left + right, False
        return left[:-1] + right, True
    return f"{left} {right}", False


PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s*)?(?:\d{1,4}|[ivxlcdm]{1,7}|\d{1,4}\s*/\s*\d{1,4}|-\s*\d{1,4}\s*-)\s*$",
    re.IGNORECASE,
)


def is_page_number(text: str) -> bool:
    return bool(PAGE_NUMBER.match(text))


def repetition_key(text: str) -> str:
    """Key under which running headers/footers repeat across pages (digits folded)."""
    text = normalize_spaces(text.strip().lower())
    return re.sub(r"\d+", "#", text)
