"""Pure text -> text repairs of characters: ligatures, spaces, control characters, spacing
accents, unmapped glyphs. Each function is small and testable; callers log what changed."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

# Typographic ligatures that pdfminer passes through (œ/Œ are French letters, not ligatures).
LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
}
# Spaces that are not U+0020: non-breaking, narrow non-breaking (French « », :), thin, figure...
NBSP_LIKE = "\u00a0\u202f\u2009\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u200a"
SPACE_LIKE = re.compile(f"[{NBSP_LIKE}\t]")
MULTI_SPACE = re.compile(r" {2,}")
# Soft hyphens, zero-width and control characters, replacement chars: never the author's text.
# Also C1 controls, surrogates and non-characters (U+FFFE, U+FFFF, U+FDD0-U+FDEF): XML exports
# (qdpx) cannot hold them (issue #20); each removal is an audit row like the others.
CONTROL = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\ufffd"
                     r"\u200b\ufeff\ufffe\uffff\ufdd0-\ufdef\ud800-\udfff]")


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


# Spacing accents that some PDFs (LaTeX with OT1 fonts) set as a glyph beside the letter:
# "m`ere", "R´esum´e", "mˆeme", "c¸a". Each maps to its combining mark.
SPACING_ACCENTS = {
    "`": "\u0300", "\u00b4": "\u0301", "\u02c6": "\u0302", "\u02dc": "\u0303",
    "\u00a8": "\u0308", "\u00b8": "\u0327", "\u02da": "\u030a", "\u02d8": "\u0306",
    "\u02c7": "\u030c", "\u02dd": "\u030b",
}
_ACCENT_CLASS = "".join(SPACING_ACCENTS)
# the mark before its letter (the usual TeX order), optionally a space between; or after it
_ACCENT_BEFORE = re.compile(f"([{_ACCENT_CLASS}]) ?([^\\W\\d_])")
_ACCENT_AFTER = re.compile(f"([^\\W\\d_])([{_ACCENT_CLASS}])")
# a letter stands before the mark unless it opens a word; a quote ` opening a word is kept
_HAS_ACCENT = re.compile(f"[{_ACCENT_CLASS}]")
# `(cid:N)`: a glyph the PDF maps to no character (no ToUnicode); never a word of the text
UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")


def _compose(letter: str, mark: str) -> str | None:
    """The precomposed letter, or None when the pair has no precomposed form (not an accent)."""
    if letter in "\u0131\u0237":   # TeX sets accents on the dotless i and j
        letter = "i" if letter == "\u0131" else "j"
    composed = unicodedata.normalize("NFC", letter + SPACING_ACCENTS[mark])
    return composed if len(composed) == 1 else None


def _accent_before(text: str, m: re.Match) -> str | None:
    """The composed letter for a mark set before its letter, or None to keep the match."""
    start = m.start()
    if m.group(1) == "`" and start and text[start - 1] == "`":
        return None   # ``quote'': typewriter quotes, not an accent
    if m.group(0)[1:2] == " " and (start == 0 or not text[start - 1].isalpha()):
        return None   # "´ e" after a space: not inside a word
    return _compose(m.group(2), m.group(1))


def _accent_after(text: str, m: re.Match) -> str | None:
    return None if m.group(2) == "`" else _compose(m.group(1), m.group(2))


def _substitute(text: str, styles: list[str], pattern: re.Pattern, replace) -> tuple[str, list[str], int]:
    """Replace each match by ``replace(text, match)`` (None: keep it); a replacement takes the
    style of the match's last character."""
    out, out_styles, pos, n = [], [], 0, 0
    for m in pattern.finditer(text):
        piece = replace(text, m)
        if piece is None:
            continue
        a, b = m.span()
        out.append(text[pos:a])
        out_styles.extend(styles[pos:a])
        out.append(piece)
        out_styles.extend([styles[b - 1] if b > a else ""] * len(piece))
        pos, n = b, n + 1
    if not n:
        return text, styles, 0
    out.append(text[pos:])
    out_styles.extend(styles[pos:])
    return "".join(out), out_styles, n


def recompose_accents(text: str, styles: list[str]) -> tuple[str, list[str], int]:
    """Spacing accents beside a letter become the precomposed letter; styles follow."""
    if not _HAS_ACCENT.search(text):
        return text, styles, 0
    text, styles, n1 = _substitute(text, styles, _ACCENT_BEFORE, _accent_before)
    text, styles, n2 = _substitute(text, styles, _ACCENT_AFTER, _accent_after)
    return text, styles, n1 + n2


def recompose_spacing_accents(text: str) -> tuple[str, int]:
    """'R´esum´e' -> 'Résumé', 'mˆeme' -> 'même', 'c¸a' -> 'ça', 'le `a' -> 'le à': a spacing
    accent beside a letter becomes the precomposed letter (its combining mark moved after the
    letter, then NFC). A mark with no letter that takes it stays. Returns (text, repairs)."""
    out, _styles, n = recompose_accents(text, [""] * len(text))
    return out, n


def remove_unmapped_glyphs(text: str, styles: list[str] | None = None) -> tuple[str, list[str], int]:
    """Drop `(cid:N)` placeholders (glyphs without a character); returns (text, styles, count)."""
    styles = styles if styles is not None else [""] * len(text)
    if "(cid:" not in text:
        return text, styles, 0
    return _substitute(text, styles, UNMAPPED_GLYPH, lambda _t, _m: "")


# Private-use code points: a font's own glyphs (lang/fr/private_use.yaml says which ones a reader
# can read); never characters of the author's text as they stand. U+E000-U+E009 are extraction's
# own marks of note calls (notes.CALL_DIGITS), taken out once the text is built.
NOTE_CALL_MARKS = "".join(chr(0xE000 + d) for d in range(10))
PRIVATE_USE = re.compile("[\ue00a-\uf8ff]")


@lru_cache(maxsize=1)
def private_use_map() -> dict[str, str]:
    """Private-use character -> the character a reader sees (lang/fr/private_use.yaml)."""
    from ..lang import load

    out = {}
    for entry in load()["private_use"]:
        for k, ch in enumerate(str(entry["to"])):
            out[chr(int(entry["first"]) + k)] = ch
    return out


def read_private_use(text: str, styles: list[str]) -> tuple[str, list[str], int, int]:
    """Private-use glyphs read as the characters they draw (old-style figures, small capitals)
    or dropped when nothing says what they draw. Returns (text, styles, read, dropped)."""
    table = private_use_map()
    out, out_styles, read, dropped = [], [], 0, 0
    for ch, st in zip(text, styles):
        if PRIVATE_USE.fullmatch(ch):
            if ch not in table:
                dropped += 1
                continue
            ch, read = table[ch], read + 1
        out.append(ch)
        out_styles.append(st)
    return "".join(out), out_styles, read, dropped


def repair_kind(ch: str) -> str:
    """Which repair a single character needs: '' when it is kept as it is."""
    if ch in LIGATURES:
        return "ligature"
    if ch in NBSP_LIKE:
        return "nbsp"
    if ch == "\t":
        return "tab"
    if CONTROL.fullmatch(ch):
        return "control_char"
    return ""


# Characters repair_chars may change (besides spaces): a line without any, already in NFC, only
# has its spaces collapsed, which most lines do not need either.
_REPAIRABLE = re.compile(f"[{''.join(LIGATURES)}{NBSP_LIKE}\t]|{CONTROL.pattern}")


_SPACES_OR_WORDS = re.compile(r" +|[^ ]+")


def _collapse_spaces(text: str, styles: list[str]) -> tuple[str, list[str], Counter]:
    """Runs of spaces become one, leading and trailing spaces go; styles follow the kept chars."""
    if "  " not in text and not text.startswith(" ") and not text.endswith(" "):
        return text, styles, Counter()
    out: list[str] = []
    out_styles: list[str] = []
    for m in _SPACES_OR_WORDS.finditer(text):
        a, b = m.span()
        if text[a] == " ":
            if out and b < len(text):
                out.append(" ")
                out_styles.append(styles[a])
        else:
            out.append(text[a:b])
            out_styles.extend(styles[a:b])
    return "".join(out), out_styles, Counter()


def repair_chars(text: str, styles: list[str] | None = None) -> tuple[str, list[str], Counter]:
    """Repair one line char by char, keeping a style per output char.

    Ligatures are expanded, NBSP/tabs become spaces, control chars go, combining accents are
    composed (NFC); spaces collapse and the line is stripped (layout, not a change: not counted).
    Returns (text, styles, Counter of repair kinds -> number of characters changed).
    """
    styles = list(styles) if styles is not None else [""] * len(text)
    counts: Counter = Counter()
    if "(cid:" in text:
        text, styles, n = remove_unmapped_glyphs(text, styles)
        counts["unmapped_glyph"] += n
    if PRIVATE_USE.search(text):
        text, styles, read, dropped = read_private_use(text, styles)
        if read:
            counts["private_use_glyph"] += read
        if dropped:
            counts["unmapped_private_use"] += dropped
    if _HAS_ACCENT.search(text):
        text, styles, n = recompose_accents(text, styles)
        if n:
            counts["spacing_accent"] += n
    if not counts and not _REPAIRABLE.search(text) and unicodedata.is_normalized("NFC", text):
        return _collapse_spaces(text, styles)  # the common case: what the loop below returns
    clusters: list[tuple[str, str]] = []  # base char + its combining marks, style
    for ch, st in zip(text, styles):
        if unicodedata.combining(ch) and clusters:
            base, bst = clusters[-1]
            clusters[-1] = (base + ch, bst)
            continue
        clusters.append((ch, st))
    out: list[str] = []
    out_styles: list[str] = []
    for cluster, st in clusters:
        kind = repair_kind(cluster[0]) if len(cluster) == 1 else ""
        if kind == "ligature":
            piece = LIGATURES[cluster]
        elif kind in ("nbsp", "tab"):
            piece = " "
        elif kind == "control_char":
            piece = ""
        else:
            piece = unicodedata.normalize("NFC", cluster)
            if piece != cluster:
                kind = "nfc"
        if kind:
            counts[kind] += 1
        for c in piece:
            if c == " " and (not out or out[-1] == " "):
                continue
            out.append(c)
            out_styles.append(st)
    while out and out[-1] == " ":
        out.pop()
        out_styles.pop()
    return "".join(out), out_styles, counts
