"""A voice of several informants at once takes the one role all the other voices share (issue #14).

A focus group's joint answer is labelled or introduced by a group word of lang/fr/labels.yaml
group_labels ("Plusieurs participants : Non, jamais.", "les participants répondent d'une seule
voix : « … »"), which names no trade; the group is made of the document's informants, and when
every other voice of the document has one and the same role (eight pharmacists, six users), so
has the group. When the other voices' roles differ (a GP and a nurse answering together), or none
is known, the joint answer keeps ``inconnu`` (tests/data/segment_heldout/ANNOTATION.md: "a joint
answer"). The moderator is no informant. Only attributes change (a pass over the finished
segments); the role's source is the study's informants (``study_field``, as for the one role of
everyone the methods say was interviewed), unless the group's segment already has one.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv

UNDESCRIBED = ("", "inconnu")


@cv.per_language_data
def _leading_determiner() -> re.Pattern:
    # "les participants", "plusieurs participants": the determiner before the group word (grammar.yaml)
    words = sorted({fold(w).lower() for w in cv.language_data().get("determiners", [])}, key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")\s+" if words else r"(?!)")


def group_voice(label: str) -> bool:
    """Whether a speaker label or description names several of the informants at once by a group
    word ("Plusieurs participants", "les participants", "Tous"), not a person."""
    words = " ".join(fold(label or "").lower().strip(" :.,").split())
    return bool(words) and (words in cv.GROUP_WORDS or _leading_determiner().sub("", words) in cv.GROUP_WORDS)


def apply_group_voices(segments: list, speaker_kinds: tuple[str, ...]) -> None:
    """Give the undescribed group voices the one role of all the other voices of the document."""
    speech = [s for s in segments if s.kind in speaker_kinds and s.kind != "moderator"]
    groups = [s for s in speech if s.role in UNDESCRIBED and group_voice(s.speaker or s.role_raw)]
    if not groups:
        return
    roles = {s.role for s in speech if not any(s is g for g in groups)}
    if len(roles) != 1 or roles & set(UNDESCRIBED):
        return
    role = roles.pop()
    for seg in groups:
        seg.role = role
        seg.attr_source = seg.attr_source or "study_field"


def apply_unidentified_voices(segments: list, speaker_kinds: tuple[str, ...]) -> None:
    """The turns of a label that says nobody identified the voice ("VOIX NON IDENTIFIÉE :", "Du fond
    de la salle :": labels.yaml unidentified_voice_labels) have no speaker and the role ``inconnu``,
    whatever a reader gave them (the document says it does not know who spoke); so have the turns of
    a code the document's key describes with those words ("XXX, voix non identifiée")."""
    openers = tuple(f"{fold(w).lower()} " for w in cv.language_data().get("group_label_openers", []))
    for seg in segments:
        if seg.kind not in speaker_kinds or seg.kind == "moderator" or not seg.speaker:
            continue
        key = " ".join(fold(seg.speaker).lower().rstrip(" .:").split())
        # (or several of a kind at once: "Plusieurs éducateurs :", "Toutes les infirmières :")
        if key in cv.UNIDENTIFIED_VOICE_WORDS or key.startswith(openers):
            seg.role_raw, seg.speaker, seg.role = seg.speaker, "", "inconnu"
            seg.attr_source = "attribution"
            continue
        # a code the document's key describes so ("XXX, voix non identifiée (personne de passage)")
        described = " ".join(fold(re.split(r"[(,;]", seg.role_raw or "")[0]).lower().rstrip(" .:").split())
        if described in cv.UNIDENTIFIED_VOICE_WORDS:
            seg.speaker, seg.role = "", "inconnu"
