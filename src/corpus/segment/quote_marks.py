"""Quotation marks read as guillemets: English-style “ ” (and any pair the language data lists
in quote_marks.yaml) become « » in the text the rules read, one character for one, so that every
reader written for « » reads them too and no offset moves; segments keep the document's marks."""

from __future__ import annotations

import re

from . import conventions as cv


def fold_quote_marks(text: str) -> str:
    """text with each listed pair of marks that opens and closes on one line replaced by « »
    (same length); a mark left alone (a closing ” inside a « quotation ») stays as it is."""
    pairs = [p for p in cv.DATA.get("quote_mark_pairs", []) if len(p) == 2]
    for opening, closing in pairs:
        if opening not in text:
            continue
        o, c = re.escape(opening), re.escape(closing)
        text = re.sub(rf"{o}([^{o}{c}\n]*){c}", lambda m: f"«{m.group(1)}»", text)
    return text
