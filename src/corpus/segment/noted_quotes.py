"""Quotations set in a FOOTNOTE, the source after them (s41, round 85): an excavation report, a
history memoir or an article keeps the body for its own prose and gives the workers' words at the
foot of the page, each note opened by its call, the quotation, then who said it:

    ¹ « Le soleil tape sur le calcaire … » Technicien de fouille, secteur 2, entretien du 11 juillet 2024.
    ² « J'ai fini la campagne avec un hygroma … » Propos recueilli auprès d'un membre de l'équipe qui a
      souhaité que ni son nom ni sa fonction ne soient mentionnés.
    ³ « Sur un chantier d'été, il faut prévoir l'ombre … » Mathieu Guérin, responsable d'opération.

The words after the closing mark are the attribution when they describe a person: a full name then
what the person does, or what they do alone (a trade, in the roles' vocabulary or not), or a source
withholding it (roles.yaml withheld_role_phrases: role ``inconnu``). An epigraph's author and title
("Jean-Paul Sartre, Huis clos") describe no one and leave the quotation as it was.
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import describe, describes_person
from .base import SUPERSCRIPT_DIGITS
from .initials_labels import FULL_NAME
from .roles import names_a_trade, withholds_role

# the note's call opening its line: a superscript number, or a number with a period or a parenthesis
NOTE_CALL = re.compile(rf"^\s*(?:[{SUPERSCRIPT_DIGITS}]{{1,3}}|\(?\d{{1,3}}[.)])\s*$")
# the source after the closing mark, up to the line's end
SOURCE = re.compile(r"^\s*[»”]?\s*(?P<desc>[A-ZÀ-ÖØ-Þ][^«»“”\n]{2,240}?)\s*\.?\s*$")


def noted_source(before: str, after: str) -> str | None:
    """The source a footnote gives after its quotation (``before``: the line up to the quotation,
    only the note's call; ``after``: the rest of the line after it), or None."""
    if not NOTE_CALL.match(before):
        return None
    m = SOURCE.match(after)
    return m.group("desc") if m else None


def _named(desc: str) -> tuple[str, str]:
    """("Mathieu Guérin", "responsable d'opération") of a source opening on a full name and a comma."""
    head, sep, rest = desc.partition(",")
    if sep and FULL_NAME.fullmatch(head.strip()) and len(head.split()) >= 2:
        return head.strip(), rest.strip()
    return "", desc


def noted_attrs(desc: str, gazetteer) -> dict | None:
    """The speaker attributes a footnote's source gives, or None when it describes no one."""
    name, rest = _named(desc)
    role, region, place = describe(rest, gazetteer)
    lower = rest.lower()
    if withholds_role(desc):
        role = "inconnu"
    elif not (describes_person(rest) or names_a_trade(lower) or cv.PERSON_NOUN.match(lower)) \
            or (role.startswith("institutionnel") and not name and not cv.PERSON_NOUN.match(lower)):
        return None  # a text or a body ("Rapport de la DREES, 2021", "Ministère de la Santé, communiqué")
    elif role == "inconnu":
        role = "autre"
    return {"speaker": name, "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


def noted_call(seg, a: int, b: int, call):
    """A quotation text[a:b] a footnote holds after its call, its source after it: that source's
    person. The quotation otherwise keeps the reading it had."""
    if call.verbatim and call.attrs.get("speaker"):
        return call
    text = seg.text
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    end = len(text) if end < 0 else end
    desc = noted_source(text[start:a], text[b:end])
    attrs = noted_attrs(desc, seg.ctx.gazetteer) if desc else None
    if attrs is None:
        return call
    return type(call)(True, {**call.attrs, **attrs}, (text.find(desc, b, end), end))
