"""Whether a document's short description lines ("Opérateur ergols, équipe de remplissage, 14 ans
d'ancienneté", "Technicienne d'habillage, 6 ans d'ancienneté") stand ABOVE the quotations they
describe or BELOW them, read from the document's own layout: in a run where description lines and
quotations alternate, a run that opens on a description (after a heading or prose) and closes on a
quotation has its descriptions above; one that opens on a quotation and closes on a description
has them below. The readers that look for a quotation's description on the line below
(fallbacks.nearby_attrs) would give each quotation the next one's description in the first case.

Only unambiguous runs decide: at least two pairs, every description short, without guillemets and
describing a person (attributions.describes_person), every quotation a paragraph that opens with a
guillemet."""

from __future__ import annotations

from .attributions import describes_person, opens_with_person
from .base import TextLine
from .roles import names_a_trade

MAX_PROFILE_CHARS = 160


def _profile(text: str) -> bool:
    t = text.strip().lstrip("–—-• ")
    # the first word names the person ("Technicienne d'habillage, …"), not a theme about them ("Le
    # regard du médecin du travail")
    return 0 < len(t) <= MAX_PROFILE_CHARS and not any(c in t for c in "«»“”\"") \
        and not t.endswith((".", ":", "?", "!")) and describes_person(t) \
        and (opens_with_person(t) or names_a_trade(" ".join(t.split(",")[0].split()[:2])))


def _quote(text: str) -> bool:
    t = text.strip()
    return t.startswith(("«", "“")) and t.endswith(("»", "».", "”", "”.", "» .", "»\u00a0."))


def _kind(ln: TextLine, headings) -> str:
    """'P' a description (a bold one counts, though headings are set apart), 'Q' a quotation, '' else."""
    if _profile(ln.text):
        return "P"
    return "Q" if ln.index not in headings and _quote(ln.text) else ""


def profiles_above(lines: list[TextLine], headings=()) -> dict[int, int]:
    """{quotation line index: its description line index above} for the runs whose descriptions
    stand above their quotations; empty when the layout says nothing (or says below). A heading
    that is no description ("Le regard du médecin du travail") ends a run; a bold description is one."""
    kept = [ln for ln in lines if ln.text.strip()]
    index = [ln.index for ln in kept]
    kinds = [_kind(ln, headings) for ln in kept]
    out: dict[int, int] = {}
    k = 0
    while k < len(kinds):
        if not kinds[k]:
            k += 1
            continue
        run = [k]
        while run[-1] + 1 < len(kinds) and kinds[run[-1] + 1] and kinds[run[-1] + 1] != kinds[run[-1]]:
            run.append(run[-1] + 1)
        k = run[-1] + 1
        if len(run) >= 4 and kinds[run[0]] == "P" and kinds[run[-1]] == "Q":
            for p in run[::2]:
                out[index[p + 1]] = index[p]
    return out
