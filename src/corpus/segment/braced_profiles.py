"""Profiles in other brackets than parentheses after a quotation: a memoir closes each quotation
with its informant's profession and seniority in curly braces ("« … » {ASS, 12 ans}", "« … » {MG,
25 ans}."). Such brackets (``profile_brackets`` of lang/fr/braced_profiles.yaml) right after a
closing mark are read as parentheses, which every attribution reader knows: the text is folded
character for character (same length), as quote_marks folds quotation marks; the segments keep
the document's own characters.
"""

from __future__ import annotations

import re

from . import conventions as cv


def fold_profile_brackets(text: str) -> str:
    """``text`` with each listed pair of brackets that follows a closing quotation mark (spaces
    between) on one line replaced by parentheses."""
    for pair in cv.language_data().get("profile_brackets", []):
        if len(pair) != 2 or pair[0] not in text:
            continue
        o, c = re.escape(pair[0]), re.escape(pair[1])
        text = re.sub(rf"(?<=[»\"”])([ \t\u00a0]*){o}([^{o}{c}\n]{{1,120}}){c}",
                      lambda m: f"{m.group(1)}({m.group(2)})", text)
    return text
