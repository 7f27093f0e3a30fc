"""Time codes in the parenthesis that closes a quotation ("« … » (K3, 00:14:52)", "(K4,
00:31:10-00:32:05)"): they point at the passage in the recording and are no part of the speaker.
The text is folded at the same length (as braced_profiles folds brackets): the time code and the
comma before it become spaces, so that every attribution reader reads "(K3)"; the segments keep
the document's own characters. Shapes and joiners: lang/fr/quote_time_codes.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv


@lru_cache(maxsize=4)
def _pattern(key: int) -> re.Pattern | None:
    data = cv.language_data()
    shapes = data.get("quote_time_code_shapes", [])
    if not shapes:
        return None
    one = "(?:" + "|".join(f"(?:{s})" for s in shapes) + ")"
    joiners = "|".join(re.escape(j) for j in data.get("quote_time_code_joiners", [])) or "(?!)"
    # after a closing mark, a parenthesis whose first field is not a time code; the time code
    # (or range) its last field, before the closing parenthesis
    return re.compile(rf"(?<=[»\"”])(?P<lead>[ \t\u00a0]*\([^()\n,]{{1,60}})(?P<time>\s*[,;]\s*{one}(?:\s*(?:{joiners})\s*{one})?)\s*(?=\))")


def fold_quote_time_codes(text: str) -> str:
    """``text`` with the time code ending each parenthesis after a closing quotation mark blanked."""
    pattern = _pattern(id(cv.language_data()))
    if pattern is None or ":" not in text and "'" not in text and "’" not in text and "min" not in text:
        return text
    return pattern.sub(lambda m: m.group("lead") + " " * len(m.group("time")), text)
