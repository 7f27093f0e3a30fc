"""A quotation led by an infinitive of narration: "Et de conclure : « On ne demande pas une
médaille … »" (issue #14).

A press piece often closes on a quotation whose lead-in has no subject and no finite verb, only
"Et de" and a speech infinitive (``closing_infinitive_openers`` and ``closing_infinitives``,
lang/fr/closing_infinitives.yaml). No speech verb names a person, so the quotation would stay
narrative. Its subject is the person the piece follows: the first one it quotes with a name
(a speaker, or a named person), before the quotation. A lead-in with a subject ("Et de conclure,
le maire : …" is not this form) or a piece that has quoted nobody by name changes nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv


@lru_cache(maxsize=4)
def _lead(key: int) -> re.Pattern:
    d = cv.language_data()

    def alt(words):
        return "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True)) or r"(?!)"

    return re.compile(rf"^\s*(?:{alt(d.get('closing_infinitive_openers', []))})\s*(?:{alt(d.get('closing_infinitives', []))})"
                      r"(?:\s+[a-z]+ment)?\s*:\s*$")


def closing_infinitive(lead: str) -> bool:
    """The lead-in before a quotation on its line is "Et de conclure :" and nothing else."""
    return bool(_lead(id(cv.language_data())).match(fold(lead)))


def _named(attrs: dict) -> bool:
    return bool(attrs.get("speaker")) or attrs.get("person") is not None


def closing_calls(seg, a: int, calls: list, quote_call) -> list:
    """``calls`` (chunk offsets from ``a``, QuoteCall) with each unattributed quotation led by a
    closing infinitive given to the first person the text before it quotes by name (the finished
    verbatims, then those of the same run of prose)."""
    out = list(calls)
    for k, (qa, qb, call) in enumerate(calls):
        if call.verbatim:
            continue
        line_start = seg.text.rfind("\n", 0, a + qa) + 1
        if not closing_infinitive(seg.text[line_start:a + qa]):
            continue
        earlier = [s.attrs for s in sorted(seg.spans, key=lambda s: s.start)
                   if s.kind == "verbatim" and s.end <= a + qa and _named(s.attrs)]
        earlier += [c.attrs for _, _, c in out[:k] if c.verbatim and _named(c.attrs)]
        if earlier:
            out[k] = (qa, qb, quote_call(True, {key: v for key, v in earlier[0].items() if not key.startswith("_")}))
    return out
