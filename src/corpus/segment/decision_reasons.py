"""The parties a court's or a disciplinary chamber's DECISION quotes in its reasons (s28-segr47d).

A decision gives its reasons one by one, each opened by "Considérant que" or "Attendu que"
(lang/fr/court_records.yaml ``decision_reason_openers``), and names the parties by a civility and a
name or, anonymised, a letter ("M. A, pharmacien titulaire d'une officine à B", "Mme C"). A statement
made at the hearing is quoted after a colon inside a reason: "Considérant que Mme C soutient … ;
qu'elle a déclaré à l'audience : « … »", "Considérant que M. A a reconnu les faits ; qu'il a déclaré
à l'audience : « … »", then "Considérant qu'il a ajouté : « … »". The quotation is the words of the
party the clause before the colon names, or that its pronoun stands for: the reason's subject, else
the subject of the reason above, of the pronoun's gender (the party's civility:
``decision_feminine_civilities``, ``decision_masculine_civilities``).

The party's role is what the decision says they are where it first describes them ("M. A, pharmacien
titulaire …"), else a court record's role of a party named without a function (``court_member_role``).
Only attributes change, and only for verbatims without a speaker (a pass over the finished segments).
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import describe, describes_person

# how far before a quotation its reason may open (a reason is a paragraph of a few sentences)
REASON_CHARS = 1200


@cv.per_language_data
def _patterns() -> dict[str, re.Pattern]:
    d = cv.language_data()
    openers = cv._flex_alt(d.get("decision_reason_openers", [])) or "(?!)"
    feminine = cv._flex_alt(d.get("decision_feminine_civilities", [])) or "(?!)"
    masculine = cv._flex_alt(d.get("decision_masculine_civilities", [])) or "(?!)"
    # a party: a civility, then a surname or the capital letter that anonymises it ("M. A", "Mme C",
    # "M. Dupont"), not a word going on after the capital
    name = r"[A-ZÉÈ](?:[a-zéèêëïîôûç'’-]+(?:\s+[A-ZÉÈ][a-zéèêëïîôûç'’-]+)?)?(?![\w.])"
    party = rf"(?:(?P<fem>{feminine})|(?P<masc>{masculine}))\.?\s+(?P<name>{name})"
    pronouns = rf"(?P<fpron>{cv._flex_alt(d.get('feminine_subject_pronouns', [])) or '(?!)'})" \
               rf"|(?P<mpron>{cv._flex_alt(d.get('masculine_subject_pronouns', [])) or '(?!)'})"
    return {
        "opener": re.compile(rf"(?:^|(?<=[\s;.]))(?:{openers})\s*"),
        "party": re.compile(party),
        # the clause's subject: a party or a subject pronoun, after the "que" that chains the reason's clauses
        "subject": re.compile(rf"^\s*(?:(?i:que)\s+|(?i:qu)['’]\s*)?(?:{party}|\b(?:{pronouns})\b)"),
        "described": re.compile(rf"\b{party}\s*,\s*(?P<desc>[^,;()«»]{{3,120}})"),
    }


def _gender(m: re.Match) -> str:
    return "f" if (m.group("fem") or m.groupdict().get("fpron")) else "m"


def _party(m: re.Match) -> tuple[str, str]:
    """(the party as written, "Mme C", its gender)."""
    civ = m.group("fem") or m.group("masc")
    dotted = m.string[m.end("fem") if m.group("fem") else m.end("masc"):].startswith(".")
    return f"{civ}{'.' if dotted else ''} {m.group('name')}", _gender(m)


def _reason_subject(reason: str) -> tuple[str, str] | None:
    """The party a reason's text (after its opener) opens on, or None."""
    m = _patterns()["subject"].match(reason)
    return _party(m) if m and m.group("name") else None


def quoted_party(text: str, start: int) -> tuple[str, str] | None:
    """(party, gender) whose words the quotation at ``start`` are, by the reason it is quoted in; None
    when no reason opens right before it or the clause before its colon names no party."""
    lo = max(0, start - REASON_CHARS)
    window = text[lo:start]
    opens = list(_patterns()["opener"].finditer(window))
    if not opens:
        return None
    lead = window[opens[-1].end():]
    if not lead.rstrip().endswith(":") or any(q in lead for q in "«»“”\""):
        return None
    clause = lead[lead.rfind(";") + 1:]
    m = _patterns()["subject"].match(clause)
    if m is None:
        return None
    if m.group("name"):
        return _party(m)
    want = _gender(m)
    # the pronoun: the reason's own subject when it has clauses before, else the reason above's
    candidates = [_reason_subject(lead)] if ";" in lead else []
    if len(opens) >= 2:
        candidates.append(_reason_subject(window[opens[-2].end():opens[-1].start()]))
    return next((c for c in candidates if c is not None and c[1] == want), None)


def _described(text: str, party: str, gazetteer) -> tuple[str, str, str, str]:
    """(role_raw, role, region, place) of where the decision first describes the party ("M. A,
    pharmacien titulaire d'une officine à B"); the court's role of a party otherwise."""
    for m in _patterns()["described"].finditer(text):
        if _party(m)[0].replace(".", "") == party.replace(".", "") and describes_person(m.group("desc")):
            desc = m.group("desc").strip()
            return (desc, *describe(desc, gazetteer))
    return "", cv.language_data().get("court_member_role", "autre"), "", ""


def apply_decision_reasons(segments: list, text: str, gazetteer) -> None:
    """Give the verbatims without a speaker that a decision's reason quotes their party (speaker,
    role; the place the description gives when the segment has none)."""
    for seg in segments:
        if seg.kind != "verbatim" or seg.speaker:
            continue
        found = quoted_party(text, seg.char_start)
        if found is None:
            continue
        seg.speaker = found[0]
        role_raw, role, region, place = _described(text, found[0], gazetteer)
        if seg.role in ("", "inconnu"):
            seg.role, seg.role_raw = role, role_raw
        if not seg.region and region:
            seg.region, seg.place = region, place
        seg.attr_source = seg.attr_source or "attribution"
