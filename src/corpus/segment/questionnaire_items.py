"""The items of a questionnaire, a scale or an evaluation grid, listed in guillemets under the
author's lead-in: "Nous avons cherché quels indicateurs …" / "Nous avons ainsi noté :" then
"• « Je sais où trouver les ressources »", "• « On ne me demande jamais … »". The author wrote
these first-person statements for respondents to rate: nobody said them. A run of at least
``min_items`` consecutive list lines, each holding one whole quotation and nothing else, is made
narrative when its lead-in (the non-blank line before, ending with a colon) or the ``window``
lines above it name an instrument (``instrument_words`` of ``lang/fr/questionnaire_items.yaml``)
and none of them says the lines are answers or interview material (``speech_words``:
"entretiens", "réponses", "nous ont dit"). Interview extracts listed as bullets under
"Extraits d'entretiens :", a respondent's open answers under "Réponses libres :": unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .base import Span, TextLine, narrative_on
from .transposed_tables import FIGURE_CELL, row_cells

NUMBERED = r"(?:\d{1,2}|[a-z])[.)]"
# a question's code in a survey tool's structure, then a dash or a colon ("Q01 –", "Q06_texte –", "Q4 :")
# (or the code alone before the item: "H1 « Si le médecin … »", s55)
CODED = r"[A-Z]{1,3}\d{1,3}(?:_\w+)?\s*(?:[–—:-]|(?=[«“\"]))"
QUOTED = r"(?:«[^«»]+»|“[^“”]+”|\"[^\"]+\")"
# what the instrument says of the item after it: "(liste déroulante)", "[texte libre]"
ITEM_NOTE = r"(?:\s*[(\[][^()\[\]]{1,60}[)\]])?"


def settings() -> dict:
    return {"bullets": [], "instrument_words": [], "speech_words": [], "min_items": 3, "window": 2,
            **(cv.language_data().get("questionnaire_items") or {})}


def _alt(words) -> str:
    return cv.literal_alternation({fold(w).lower() for w in words}) or "(?!)"


@lru_cache(maxsize=4)
def _item_pattern(bullets: tuple) -> re.Pattern:
    marks = cv.literal_alternation(set(bullets)) or "(?!)"
    # (the note after the item only after a question's code: "• « … » (E3)" is an attributed extract)
    return re.compile(rf"^\s*(?:(?:{marks}|{NUMBERED})\s*{QUOTED}|{CODED}\s*{QUOTED}{ITEM_NOTE})\s*[.;,]?\s*$")


@lru_cache(maxsize=4)
def _word_pattern(words: tuple) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)")


def is_item_line(text: str, s: dict | None = None) -> bool:
    """A list line holding one whole quotation and nothing else: "• « Je sais … »"."""
    s = s or settings()
    return bool(_item_pattern(tuple(s["bullets"])).match(" ".join(text.split())))


def names(text: str, words) -> bool:
    return bool(_word_pattern(tuple(words)).search(fold(" ".join(text.split())).lower()))


def _runs(lines: list[TextLine], s: dict) -> list[list[int]]:
    """Runs of consecutive item lines (blank lines and running heads between them allowed)."""
    from .turns import folio_line

    runs: list[list[int]] = []
    open_run = False
    for ln in lines:
        if not ln.text.strip() or (open_run and folio_line(ln.text)):
            continue  # (a page's running head between two items goes on with the list, s55)
        if is_item_line(ln.text, s):
            if not open_run:
                runs.append([])
            runs[-1].append(ln.index)
            open_run = True
        else:
            open_run = False  # a line that is not an item closes the run
    return [r for r in runs if len(r) >= s["min_items"]]


def item_lines(lines: list[TextLine], s: dict | None = None) -> set[int]:
    """Indices of the lines of a questionnaire's items listed under an instrument's lead-in."""
    s = s or settings()
    out: set[int] = set()
    for run in _runs(lines, s):
        before = [lines[j].text for j in range(run[0] - 1, -1, -1) if lines[j].text.strip()][:s["window"] + 1]
        # (a lead-in ending with its colon; or, for items that are questions for the most part, any:
        # "Les intitulés des questions … sont les suivants." over "Q01 – « Quelle est votre profession ? »")
        if not before or not (before[0].rstrip().endswith(":") or _questions(lines, run)):
            continue
        context = " ".join(before)
        # (questions are nobody's answers: only their own lead-in could say they were said)
        said = before[0] if _questions(lines, run) else context
        if names(context, s["instrument_words"]) and not names(said, s["speech_words"]):
            out |= set(run)
    return out


def _questions(lines: list[TextLine], run: list[int]) -> bool:
    """Most items of the run are questions ("« Quelle est votre profession ? »")."""
    asked = sum(1 for i in run if re.search(r"\?\s*[»”\"]", lines[i].text))
    return asked * 2 > len(run)


@lru_cache(maxsize=4)
def _numbered_item(words: tuple) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{_alt(words)})\s+(?:n°\s*)?\d{{1,3}}\s*\(\s*$")


def numbered_item(lead: str) -> bool:
    """The text before a quotation ends on an instrument's item named by its number, the quotation
    in its parenthesis ("… défini par les énoncés 7 (« Je passe trop de temps … »)", "l'item 12
    (« … »)"): the wording the researchers wrote for participants to rate, nobody's words."""
    return bool(_numbered_item(tuple(settings()["instrument_words"])).search(fold(lead[-120:]).lower()))


def demote_questionnaire_items(spans: list[Span], lines: list[TextLine], line_of) -> list[Span]:
    """The spans, with the speech on a questionnaire's item lines and on rated or model table rows
    made narrative."""
    return narrative_on(spans, item_lines(lines) | rated_or_model_rows(lines), line_of)


def rated_or_model_rows(lines: list[TextLine]) -> set[int]:
    """Indices of table rows whose quotation nobody said (s48): a questionnaire's item with its
    results, every other cell a figure ("| « Je me sens reconnu(e) … » | 52 % | 57 % | + 5 |"), or a
    quotation under a header that names model wordings ("Exemples de formulations types", "Phrase à
    lire": conventions.SCRIPTED)."""
    out: set[int] = set()
    header: list[str] = []
    for k, ln in enumerate(lines):
        cells = row_cells(ln.text)
        if len(cells) < 2:
            header = []
            continue
        quoted = [n for n, c in enumerate(cells) if re.fullmatch(rf"\s*{QUOTED}\s*", c)]
        if not quoted:
            if not header and not any(q in ln.text for q in "«»“”\""):
                header = cells
            continue
        others = [c for n, c in enumerate(cells) if n not in quoted]
        if others and all(FIGURE_CELL.fullmatch(c) for c in others):
            out.add(k)
        elif len(header) == len(cells) and any(cv.SCRIPTED.search(fold(header[n])) for n in quoted):
            out.add(k)
    return out
