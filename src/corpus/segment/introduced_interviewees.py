"""The one person of an interview, described once in the sentence that introduces its turns
(issue #14): "Entretien réalisé le 8 février 2023 avec la coordinatrice de la CPTS du
Verdunois", "Profil de l'interviewée : infirmière Asalée, 52 ans", "Entretien n° 4 : directrice
des soins, centre hospitalier de Saint-Lô". Transcript annexes of theses and memoirs say who
answers above the transcript, then label the answers with a generic word ("Interviewée",
"Resp.", "Réponse") or not at all.

The introduction is the (at most ``MAX_INTRO``) non-speech segments between the heading that
governs the turns and the first of them; the interview runs to the next prose paragraph or
heading naming an interview. Its sentences that present one interview
(lang/fr/introduced_interviewees.yaml), not several people, must name exactly one role (by any
rule, not only the first: "une infirmière et un pharmacien" is two people), or else a person
outside the vocabulary ("Entretien avec une patiente": roles.yaml's autre words); the
turns of the interview's one answering voice (the label with most turns; no other label with
two turns or more) then take it — only where no turn, verbatim or label of the interview is
described otherwise. Only attributes change (a pass over the finished segments).
"""

from __future__ import annotations

import re
from collections import Counter

from ..text import fold
from . import conventions as cv
from .roles import ROLE_RULES, matched_role, names_a_profession

MAX_INTRO = 3  # more prose than that above the turns is a chapter, not an introduction
SENTENCE_END = re.compile(r"\n|(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ«])")  # a heading is a sentence of its own
UNDESCRIBED = ("", "inconnu")


@cv.per_language_data
def _words() -> tuple[re.Pattern, re.Pattern]:
    data = cv.language_data()

    def alt(key: str, end: str) -> re.Pattern:
        words = "|".join(re.escape(w) for w in sorted(data.get(key, []), key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{words}){end}" if words else r"(?!)")

    return alt("introduced_interview_words", ""), alt("introduced_several_words", r"(?!\w)")


def introduced_role(intro: str) -> tuple[str, str] | None:
    """(role, sentence) when the sentences presenting one interview name exactly one role."""
    from .introduced_groups import group_nouns

    one, several = _words()
    found: dict[str, str] = {}
    lay: dict[str, str] = {}  # a person outside the vocabulary, named by no trade ("Entretien avec une patiente")
    for sentence in SENTENCE_END.split(intro):
        folded = fold(sentence)
        if not one.search(folded) or several.search(folded):
            continue
        if not names_a_profession(sentence):
            # (a group of them, "Entretien avec les parents de Noé", is introduced_groups.py's: every voice)
            if matched_role(sentence) == "autre" and not group_nouns().search(folded):
                lay.setdefault("autre", sentence.strip())
            continue
        for role in _roles_named(folded):
            found.setdefault(role, sentence.strip())
    found = found or lay
    return next(iter(found.items())) if len(found) == 1 else None


def _roles_named(folded: str) -> set[str]:
    """Every role a rule (not a bare weak word) finds in the sentence: "une infirmière et un
    pharmacien" is two people, whichever the head-noun order would pick."""
    return {role for role, pattern, tier in ROLE_RULES if tier != "weak" and pattern.search(folded)}


def _intro(segments: list, first: int) -> str:
    """The prose above an interview's first turn, up to its heading (a question set as a heading,
    "Question 1 : Quel rôle … ?", is the interview's, not its title)."""
    parts: list[str] = []
    for seg in reversed(segments[:first]):
        if seg.kind not in ("narrative", "heading", "other") or len(parts) == MAX_INTRO:
            break
        parts.insert(0, seg.text)
        if seg.kind == "heading" and not seg.text.rstrip().endswith("?"):
            break
    return "\n".join(parts)


def _ends_interview(seg) -> bool:
    """A prose paragraph, or a heading naming an interview (the next one's title), ends one; a
    question or a back-channel set as a heading does not."""
    from .transcriber_notes import is_aside
    from .turns import folio_line

    one, _ = _words()
    # (a stage direction in brackets between two turns, "[le bébé pleure, pause]", does not; nor does a
    # page's running head or foot, "Mémoire de master 2 … – Annexes – p. 9", s55)
    return (seg.kind == "narrative" and not is_aside(seg.text) and not folio_line(seg.text)) \
        or (seg.kind == "heading" and bool(one.search(fold(seg.text))))


def _interviews(segments: list) -> list[tuple[int, int]]:
    """(first, end) of each run of turns and questions."""
    blocks = []
    i = 0
    while i < len(segments):
        if segments[i].kind in ("turn", "moderator"):
            end = next((k for k in range(i + 1, len(segments)) if _ends_interview(segments[k])), len(segments))
            blocks.append((i, end))
            i = end
        else:
            i += 1
    return blocks


def presented_person(intro: str) -> tuple[str, str, str] | None:
    """(name, role, sentence) of the one person the introduction presents by first name and
    surname, a copula and what they do ("Murielle Ancelin est sage-femme libérale à Basse-Terre"),
    as a podcast's or a broadcast's episode summary presents its guest; None when it presents
    none, or several."""
    from . import conventions as cv
    from .roles import normalize_role

    copulas = "|".join(re.escape(w) for w in cv.language_data().get("copulas", [])) or "(?!)"
    name = r"[A-ZÉÈ][a-zéèêëïîôûçñ]+(?:-[A-ZÉÈ][a-zéèêëïîôûçñ]+)?\s[A-ZÉÈ][\w'’-]+"
    found = {}
    for sentence in SENTENCE_END.split(intro):
        for m in re.finditer(rf"(?<![\w])(?P<name>{name})\s+(?:{copulas})\s+(?P<desc>[^.;]{{3,120}})", sentence):
            role = normalize_role(m.group("desc"))
            if role not in ("autre", "inconnu"):
                found.setdefault(m.group("name"), (role, sentence.strip()))
    if len(found) != 1:
        return None
    (who, (role, sentence)), = found.items()
    return who, role, sentence


def apply_introduced_interviewees(segments: list, speaker_kinds: tuple[str, ...]) -> None:
    """Give an interview's introduced role to its one answering voice's undescribed turns; a guest
    the introduction presents by name ("Murielle Ancelin est sage-femme …") also gives that name
    to turns labelled by a generic answer word ("R –", "Réponse :")."""
    from . import conventions as cv

    for first, end in _interviews(segments):
        block = segments[first:end]
        labels = Counter(s.speaker for s in block if s.kind == "turn")
        if not labels or sum(1 for n in labels.values() if n >= 2) > 1:
            continue
        # the answering voice described already: nothing to give; a passer-by whose label names their
        # trade ("Cadre :", a ward manager interrupting once) does not make the voice described
        # (s26-segrole; before, any described turn of the block did)
        voice = labels.most_common(1)[0][0]
        if any(s.kind in speaker_kinds and s.role not in UNDESCRIBED
               and (s.kind != "turn" or s.speaker == voice) for s in block):
            continue
        intro = _intro(segments, first)
        found = introduced_role(intro)
        person = presented_person(intro) if found is None else None
        if found is None and person is None:
            continue
        role, sentence = found if found is not None else person[1:]
        generic = fold(voice).rstrip(".").lower() in cv.ANSWER_WORDS
        for seg in block:
            if seg.kind == "turn" and seg.speaker == voice:
                seg.role, seg.role_raw = role, sentence
                seg.attr_source = seg.attr_source or "interview_header"
                if person is not None and generic:
                    seg.speaker = person[0]
