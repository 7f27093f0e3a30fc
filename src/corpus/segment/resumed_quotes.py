"""One person's words resumed after a pause (issue #14, round 25, segfix30): "Une collègue
éducatrice ajoute, à voix basse : « Encore un truc de plus. » Puis, plus fort : « Mais si ça peut
nous trouver un médecin, je veux bien y aller, moi. »" — the narration between the two quotations
is only a sequence word ("Puis", "Ensuite") and perhaps the new tone or a pause after a comma
("plus fort", "après un silence"), ended by a colon (or set between commas inside one sentence:
"« … », puis, après un silence, « … »"): no new subject, no speech verb, so nobody
else speaks. The two quotations are one item, the speaker's words over the pause; the lead's
attribution (before the first) holds for both.

The words are lang/fr/resumed_quotes.yaml: the sequence words (``leads``) and the openers of a
phrase of manner (``manners``). A gap naming anyone ("Puis le médecin : « … »", "Puis elle
ajoute : « … »") or holding a sentence is left alone: the quotations stay two.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv

DEFAULTS = {"leads": [], "manners": [], "max_words": 6}


def settings() -> dict:
    return {**DEFAULTS, **(cv.language_data().get("resumed_quotes") or {})}


def _alt(words) -> str:
    # longest first, ties in a fixed order (not the hash seed's); spaces as any run of blanks
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted({" ".join(fold(w).lower().replace("’", "'").split()) for w in words},
                                    key=lambda w: (-len(w), w)))


@lru_cache(maxsize=4)
def _gap(leads: tuple, manners: tuple, max_words: int) -> re.Pattern:
    if not leads:
        return re.compile(r"(?!)")
    manner = rf"(?:\s*,\s*(?:{_alt(manners)})(?![\w'])(?:\s+[^\s«».!?:;,]+){{0,{max(max_words - 1, 0)}}})?" if manners else ""
    # "» Puis, plus fort : «", or inside one sentence "», puis, après un silence, «"
    return re.compile(rf"\s*(?:{_alt(leads)})(?![\w']){manner}\s*:\s*|\s*,\s*(?:{_alt(leads)})(?![\w']){manner}\s*,\s*")


def resumed_gap(between: str) -> bool:
    """The text between two quotations is only a sequence word, perhaps a manner, and a colon (or,
    inside one sentence, a sequence word and a manner between commas: "», puis, après un silence, «")."""
    s = settings()
    pattern = _gap(tuple(s["leads"]), tuple(s["manners"]), int(s["max_words"]))
    return bool(pattern.fullmatch(fold(between).lower().replace("’", "'")))


def join_resumed(chunk: str, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotations of a paragraph run, each pair in guillemets separated by a resumed-words gap
    on the same line made one (from the first's start to the second's end)."""
    out: list[tuple[int, int]] = []
    for qa, qb in sorted(quotes):
        if out:
            pa, pb = out[-1]
            between = chunk[pb:qa]
            if chunk[pa:pa + 1] == "«" and chunk[qa:qa + 1] == "«" and "\n" not in between \
                    and resumed_gap(between):
                out[-1] = (pa, qb)
                continue
        out.append((qa, qb))
    return out
