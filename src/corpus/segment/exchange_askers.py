"""Who asks and who answers, named after an exchange's label (issue #14, s47).

A public meeting's or a bulletin's question-and-answer page keeps the interview's "Q" and "R" and
writes after them, behind a dash, who spoke: "Q – Yvonne Le Goff, Saint-Aaron : Mon médecin part …",
"R – Philippe Rault, maire : Aucune liste …", "Q – question remise par écrit, sans nom : …". The
person named there speaks, what follows their name describes them (a trade, a function, or only
where they live: someone of the public); a question someone of the audience asks is their turn, not
the interviewer's. A description that withholds the person ("sans nom") leaves no speaker and the
role unknown. Only the label words of the interviewer and the interviewee (lang/fr labels.yaml
moderator_labels, answer_labels) are read so: a pass over the finished segments.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .attributions import describe, describes_person
from .roles import normalize_role, withholds_role

SPEECH = ("turn", "moderator")
# the label, a dash, who spoke (up to the colon that opens the words)
_ASKER = re.compile(r"^\s*(?P<label>[^\s–—:-]{1,12})\s*[–—-]\s*(?P<who>[^:«»\n]{3,120}?)\s*:\s+(?=\S)")


def exchange_person(text: str, gazetteer=None) -> dict | None:
    """Speaker attributes of the person an exchange's label names behind a dash, or None."""
    m = _ASKER.match(text)
    if m is None:
        return None
    label = fold(m.group("label")).rstrip(".").lower()
    if label not in cv.MODERATOR_WORDS and label not in cv.ANSWER_WORDS:
        return None
    who = " ".join(m.group("who").split())
    name, _, desc = (part.strip() for part in who.partition(","))
    if withholds_role(who):  # "question remise par écrit, sans nom"
        return {"speaker": "", "role_raw": who, "role": "inconnu", "region": "", "place": "", "attr_source": "attribution"}
    named = cv.NAME.fullmatch(name) or cv.LABEL_SHAPES["civility"].fullmatch(name)
    if not named or not desc:
        return None
    role, region, place = describe(desc, gazetteer) if gazetteer is not None else (normalize_role(desc), "", "")
    if role in ("autre", "inconnu") and (region or not describes_person(desc)):
        role = "autre"  # named with where they live, nothing they do: someone of the public
    return {"speaker": name, "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


def apply_exchange_askers(segments: list, gazetteer=None) -> None:
    """Each turn or question opened by an exchange's label and a dash naming who spoke is that
    person's (a question from the audience a turn)."""
    for seg in segments:
        if seg.kind not in SPEECH:
            continue
        found = exchange_person(seg.text, gazetteer)
        if found is None:
            continue
        seg.kind = "turn"
        seg.speaker, seg.role_raw, seg.role = found["speaker"], found["role_raw"], found["role"]
        if found["region"] or not found["speaker"]:
            seg.region, seg.place = found["region"], found["place"]
        seg.attr_source = found["attr_source"]
