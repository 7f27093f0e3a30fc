"""A generic label's turn that the host has just handed to someone by name (issue #14): a
call-in programme labels every caller "Auditrice :" / "Auditeur :", and the host's turn right
before says who speaks — "On a déjà des appels. Josiane, qui nous appelle de Propriano.",
"Un deuxième appel, de Porto-Vecchio. Marc-Antoine, vous êtes pharmacien ?". The turn is that
person's: the name as speaker, a profession the host's words give ("vous êtes pharmacien") as
role, the place they name as région, where the turn has none.

The name opens the host's last sentence, followed by a comma; it must appear again inside a
sentence of the document (the host or the guest addressing the person: "Merci Marc-Antoine"),
so that a capitalised adverb opening a sentence ("Alors, vous …") is no name; titles
(lang/fr/cast_lines.yaml: "Docteur, un dernier mot ?") are not names either. Only attributes
change (a pass over the finished segments).
"""

from __future__ import annotations

import re

from . import conventions as cv
from .cast_lines import is_generic_label
from .regions import resolve_region
from .roles import names_a_profession, normalize_role

NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+)?"
LAST_SENTENCE = re.compile(rf"(?:^|(?<=[.!?…])\s+)(?P<name>{NAME_WORD})\s*,\s*(?P<rest>[^.!?…]*)[.!?…]?\s*$")


@cv.per_language_data
def _titles() -> frozenset[str]:
    return frozenset(t.lower() for t in cv.language_data().get("cast_line_titles", []))


def handed_to(host_words: str, document: str) -> tuple[str, str] | None:
    """(name, what the host says of them) when the host's last sentence hands over to a name."""
    m = LAST_SENTENCE.search(host_words.strip())
    if not m or m.group("name").lower() in _titles():
        return None
    again = re.compile(rf"(?<=[\w,] ){re.escape(m.group('name'))}(?!\w)")
    if not again.search(document):
        return None
    return m.group("name"), m.group("rest")


def _words(seg) -> str:
    head, sep, rest = seg.text.partition(":")
    return rest if sep and head.strip() == seg.speaker else seg.text


def _callers_label(seg) -> bool:
    """A key's label for the public in the plural ("[AUD] auditeurs au standard, présentés par
    l'animatrice"): each of its turns is whoever the host hands over to, nobody when no one is named."""
    head = (seg.role_raw or "").replace(",", " ").split()
    return bool(head) and seg.role == "autre" and len(seg.speaker) <= 6 and seg.speaker.isupper() \
        and len(head[0]) > 3 and head[0][-1] in "sx"


def apply_called_speakers(segments: list, gazetteer) -> None:
    """Name each generic label's turn the host's turn just before hands to someone."""
    document = "\n".join(s.text for s in segments)
    for prev, seg in zip(segments, segments[1:]):
        if seg.kind != "turn" or prev.kind != "moderator" or not seg.speaker:
            continue
        callers = _callers_label(seg)
        if not callers and not is_generic_label(seg.speaker):
            continue
        found = handed_to(_words(prev), document)
        if found is None:
            if callers:  # "Un deuxième appel, un monsieur qui n'a pas voulu donner son prénom": nobody named
                seg.speaker = ""
            continue
        name, rest = found
        seg.speaker = name
        if seg.role in ("", "inconnu") and names_a_profession(rest):
            seg.role, seg.role_raw = normalize_role(rest), rest
        if not seg.region and gazetteer is not None:
            seg.region, seg.place = resolve_region(_words(prev), gazetteer)
