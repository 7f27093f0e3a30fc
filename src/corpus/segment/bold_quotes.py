"""People's words set as BOLD paragraphs without quotation marks, after an introducing sentence.

"Monsieur F., 57 ans, … Il me confie :" then "Les dents, je verrai plus tard. D'abord le loyer …"
wholly in bold: some schools ask memoirs to set the interviews' words so. The extraction's
structure reads such a paragraph as a heading; it is one of the document's quotations when it is
wholly bold (``min_bold_share``), at least ``min_words`` long, ends like a sentence, speaks (je,
on, vous, a question), holds no quotation mark, and the paragraph before it (or a bold paragraph
of the same run) ends with a colon; and the document does so at least ``min_runs`` times
(lang/fr/bold_quotes.yaml). A bold heading ("2.3. Renoncer aux soins : une affaire de
priorités") is short, does not end like a sentence and follows no colon.
"""

from __future__ import annotations

import re

from . import conventions as cv
from .base import TextLine, n_words

DEFAULTS = {"min_words": 8, "min_runs": 2, "min_bold_share": 0.9}
QUOTES = "«»\"“”"


def settings() -> dict:
    return {**DEFAULTS, **(cv.language_data().get("bold_quotes") or {})}


def _bold_speech(ln: TextLine, styles, s: dict) -> bool:
    t = ln.text.strip()
    return bool(t) and styles.share(ln.start, ln.end, "bold") >= s["min_bold_share"] and n_words(t) >= s["min_words"] \
        and bool(re.search(r"[.!?…]$", t)) and not any(q in t for q in QUOTES) and bool(cv.SPOKEN.search(t))


def bold_quote_lines(lines: list[TextLine], styles) -> set[int]:
    """Indices of the bold paragraphs that are introduced quotations, or none when the document
    does not set its quotations so."""
    s = settings()
    out: set[int] = set()
    runs = 0
    prev_text = ""
    in_run = False
    for ln in lines:
        if not ln.text.strip():
            continue
        if _bold_speech(ln, styles, s) and (in_run or prev_text.rstrip().endswith(":")):
            runs += not in_run
            in_run = True
            out.add(ln.index)
        else:
            in_run = False
        prev_text = ln.text
    return out if runs >= s["min_runs"] else set()


def _speaker(intro: str) -> str:
    """The person an introducing paragraph opens with, by civility and initial or name ("Monsieur
    F., 57 ans, …" -> "Monsieur F."), or ''."""
    civ = cv._flex_alt(cv.language_data().get("civilities", []))
    m = re.match(rf"\s*(?P<name>(?:{civ})\.?\s+[A-ZÉÈ][\wéèêëïîôûç'’-]*\.?)(?=[\s,])", intro) if civ else None
    return m.group("name").rstrip(",") if m else ""


def bold_quote_call(seg, a: int, b: int, call):
    """The bold quotation text[a:b] of a segmenter ``seg`` as the words of the person its
    introducing paragraph presents (speaker by civility and initial, role and place from the
    paragraph), unless the quotation's reading already found someone."""
    from bisect import bisect_right

    from .attributions import describe
    from .quotes import QuoteCall

    if call.verbatim:
        return call
    k = bisect_right(seg._line_starts, a) - 1
    if seg.lines[k].index not in seg.bold_quotes:
        return call
    j = k - 1
    while j >= 0 and (seg.lines[j].index in seg.bold_quotes or not seg.lines[j].text.strip()):
        j -= 1
    intro = seg.lines[j].text if j >= 0 else ""
    role, region, place = describe(intro, seg.gazetteer)
    return QuoteCall(True, {"speaker": _speaker(intro), "role_raw": intro.strip(), "role": role, "region": region,
                            "place": place, "attr_source": "attribution"})


def bold_passages(group: list[TextLine], bold: set[int], a: int) -> list[tuple[int, int]]:
    """(start, end) relative to ``a`` of the bold quotations in a group of consecutive lines, a
    run of bold paragraphs one quotation (the words of one person over paragraphs)."""
    out: list[tuple[int, int]] = []
    last = None
    for ln in group:
        if ln.index not in bold:
            if ln.text.strip():
                last = None
            continue
        end = ln.start + len(ln.text.rstrip()) - a
        if last is not None and out:
            out[-1] = (out[-1][0], end)
        else:
            out.append((ln.start - a, end))
        last = ln.index
    return out
