"""Attribution lines, speaker codes, descriptions of a person, block quotes they close."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import conventions as cv
from .base import StyleMap, TextLine, quote_balance
from .labels import label_text, loose_separator, standalone_label
from .parenthesised_roles import parenthesised_role
from .regions import Gazetteer, resolve_region
from .roles import names_a_profession, normalize_role
from .trailing_signatures import signature_speaker


@dataclass
class Attribution:
    """What an attribution line says: who (speaker as labelled in segments.csv, interview number
    when it is an interview) and the description as written (None: the line names only who)."""
    speaker: str
    num: str | None
    rest: str | None
    dash: bool = False  # "— code, role, age, place" rather than "Entretien n°N – role – Région X"


def speaker_label(code: str) -> tuple[str, str | None]:
    """("Entretien n°3", "3") for "E3" or "Entretien n°3" (one label per interview, as annex turns
    "E3 :" get), ("P5", None) for a participant, (name, None) for a named person, ("", None) for
    a group session ("FG1", "Focus group 2")."""
    if cv.GROUP_CODE.match(" ".join(code.split())):
        return "", None  # "FG1": the group session, the person is the one described
    m = cv.INTERVIEW_REF.fullmatch(code.strip()) or cv.INTERVIEW_CODE.fullmatch(code.strip())
    if m:
        num = str(int(m.group("num")))
        return cv.interview_speaker(num), num
    return " ".join(code.split()), None


def description_fields(desc: str) -> list[str]:
    """The fields of a description, without the date of the interview ("avril 2021")."""
    return [f for f in cv.FIELD_SPLIT.split(desc.strip().rstrip(".)")) if f and not cv.DATE_FIELD.match(f)]


def describes_person(desc: str) -> bool:
    """A description whose first field says what the person does, or their age ("infirmière
    libérale, 48 ans"), not a title or a place ("Les Misérables", "Lorient")."""
    fields = [f for f in description_fields(desc) if not cv.SEX_FIELD.match(f)]
    if not fields:
        return False
    first = fields[0]
    if cv.AGE_FIELD.match(first):
        return True
    return (normalize_role(first) not in ("autre", "inconnu") or names_a_profession(first)
            or bool(cv.PERSON_WORDS.search(first))) and not cv.AUTHOR_YEAR.search(", ".join(fields))


def opens_with_person(phrase: str) -> bool:
    """A phrase whose first word names what a person does ("Médecin généraliste, 52 ans",
    "Pharmacienne"), not a topic that mentions people ("Evoque la place des élus", "Améliorer la
    coordination entre les professionnels")."""
    first = phrase.strip().split()[0].strip(",;") if phrase.strip() else ""
    return normalize_role(first) not in ("autre", "inconnu") or bool(cv.PERSON_NOUN.match(first))


def describe(desc: str, gazetteer: Gazetteer) -> tuple[str, str, str]:
    """(role, region, place) of "infirmière libérale, 48 ans, Hennebont": the role from the fields
    that are neither an age nor a place (a place name must not feed the role rules), the region
    from the places in the whole description."""
    fields = description_fields(desc)
    role_fields = [f for f in fields if not cv.AGE_FIELD.match(f) and not cv.SEX_FIELD.match(f)
                   and not is_place(f, gazetteer)]
    region, place = resolve_region(desc, gazetteer)
    return normalize_role(", ".join(role_fields)), region, place


def is_place(field_text: str, gazetteer: Gazetteer) -> bool:
    if re.fullmatch(r"R[ée]gion [A-Z]|Nationale?", field_text):
        return True
    found = gazetteer.find(field_text)
    return bool(found) and found[0][0] == 0 and found[0][1] == len(field_text) \
        or gazetteer.commune_field(field_text) is not None


def parse_attribution_line(text: str) -> Attribution | None:
    """An attribution line: "Entretien n°28 – Pharmacienne – Région C, CPTS 2" (and its variants),
    or a dash-led "— E3, infirmière libérale, 48 ans, Hennebont" / "— P5, MG" / "— name, role"."""
    t = text.strip()
    m = cv.ATTRIBUTION.match(t)
    if m:
        rest = m.group("rest")
        if rest is not None and len(rest) >= 400:
            return None  # a paragraph of prose that happens to start with the label
        num = str(int(m.group("num")))
        return Attribution(cv.interview_speaker(num), num, rest)
    if len(t) > 200:
        return None
    m = cv.DASH_ATTRIBUTION.match(t)
    if m and describes_person(m.group("rest")):
        speaker, num = speaker_label(m.group("code"))
        return Attribution(speaker, num, m.group("rest"), dash=True)
    d = cv.DASH_LINE.match(t)
    if d and describes_person(d.group("rest")) and opens_with_person(d.group("rest")):
        # "— Infirmière libérale, Finistère"; "— Médecin 3, Haute-Savoie" names its code (trailing_signatures)
        return Attribution(signature_speaker(d.group("rest")), None, d.group("rest"), dash=True)
    p = PAREN_LINE.match(t)
    if p:
        # a parenthesis alone on its line under a block quote: "(Coordinatrice, CPTS du Pays de
        # Morlaix)", "(E4, médecin généraliste)"; like a dash line, it attributes only a quote
        inner = p.group("inner").strip()
        coded = cv.PAREN_CODE.match(inner)
        if coded and coded.group("rest") and describes_person(coded.group("rest")):
            speaker, num = speaker_label(coded.group("code"))
            return Attribution(speaker, num, coded.group("rest"), dash=True)
        if describes_person(inner):
            return Attribution("", None, inner, dash=True)
    return None


PAREN_LINE = re.compile(r"^\((?P<inner>[^()]{3,150})\)\s*\.?$")



def _speech_like(text: str, labels=()) -> bool:
    """A line that opens with a speaker label of the document, an attribution or a quote."""
    t = text.lstrip()
    m = cv.TURN.match(t)
    labelled = bool(m) and label_text(m) in labels
    if labelled and isinstance(labels, dict) and loose_separator(m):
        labelled = bool(labels[label_text(m)].loose)  # "A. Vers des soins" beside "A : …" is a heading
    if not labelled and labels:
        labelled = standalone_label(t) in labels  # "GP3 [00:00:11]" alone on its line
        # a declared label line of its own ("Intervention de Mme …": segment/intervention_labels.py)
        labelled = labelled or " ".join(t.split()) in labels
        # "Julie (IDE)" alone on its line: the label, its role in parentheses (segment/parenthesised_roles.py)
        labelled = labelled or (t.rstrip().endswith(")") and parenthesised_role(" ".join(t.split()))[0] in labels)
    return bool(labelled or cv.ATTRIBUTION.match(t) or parse_attribution_line(t) or t.startswith(("«", "“")))


def _opens_quote(text: str) -> bool:
    t = text.lstrip()
    return t.startswith(("«", "“", "\"", "[", "…")) or bool(cv.LABELLED_ANSWER.match(t))


def _interviewer(text: str) -> bool:
    """A line opened by an interviewer's label word ("Enquêtrice : …")."""
    m = re.match(r"^\s*([^:]{1,25}?)\s*:", text)
    return bool(m) and bool(cv.MODERATOR_TAG.match(m.group(1)))


def block_quotes(lines: list[TextLine], attributions: dict[int, re.Match], headings: dict[int, int],
                 styles: StyleMap) -> dict[int, int]:
    """{quote line index: attribution line index}: the paragraphs an attribution line closes."""
    owner: dict[int, int] = {}
    for a in sorted(attributions):
        chosen: list[int] = []
        balance = 0
        j = a - 1
        while j >= 0 and len(chosen) < 6:
            ln = lines[j]
            t = ln.text.strip()
            if not t or j in headings or j in attributions or j in owner:
                break
            italic = styles.share(ln.start, ln.end, "italic") >= 0.6
            opener, inter = _opens_quote(t), _interviewer(t)
            quoteish = opener or inter or italic or t.endswith(("»", "»\"", "».", "…", "...")) or quote_balance(t) != 0
            if not quoteish:
                break
            chosen.append(j)
            balance += quote_balance(t)
            if (opener or inter) and balance >= 0:
                # a complete quote: only an interviewer's question or a labelled answer before it
                prev = lines[j - 1].text.strip() if j > 0 else ""
                if j - 1 in headings or j - 1 in attributions:
                    break
                if not (_interviewer(prev) or cv.LABELLED_ANSWER.match(prev)
                        or (prev.startswith("«") and styles.share(lines[j - 1].start, lines[j - 1].end, "italic") >= 0.6
                            and not prev.endswith(":"))):
                    break
            j -= 1
        if not chosen:
            continue
        first = lines[min(chosen)].text.strip()
        if not (_opens_quote(first) or _interviewer(first)
                or all(styles.share(lines[k].start, lines[k].end, "italic") >= 0.6 for k in chosen)):
            continue
        for k in chosen:
            owner[k] = a
    return owner


def without_closing_parenthesis(text: str) -> str:
    """The sentence without the parenthesis that ends it ("… le 4 octobre 2022 (durée : 35 minutes).")."""
    return re.sub(r"\s*\([^()]*\)\s*\.?$", ".", text)


def interview_header(text: str) -> re.Match | None:
    t = " ".join(text.split())
    if len(t) > 220:
        return None
    numbered = cv.NUMBERED_INTERVIEW_HEADER.match(t)
    if numbered and describes_person(numbered.group("desc")):
        return numbered
    # the practical details closing the header's sentence: "…, réalisé à son cabinet (durée : 35 minutes)."
    return cv.INTERVIEW_HEADER.search(t) or cv.INTERVIEW_HEADER.search(without_closing_parenthesis(t))


def apposition(name: str, texts: list[str]) -> str:
    """What the lines say the named person is: "Infirmière libérale à Lille et présidente …,
    Claire Dumont revient …" or "Claire Dumont, infirmière libérale, …"."""
    for text in texts:
        k = text.find(name)
        if k < 0:
            continue
        # "Médecin généraliste à Landerneau depuis 2009, le Dr Anne-Sophie Kervella": a civility may come between
        before = re.search(r"(?:^|[.!?]\s+)(?P<d>[^.!?]{3,160}?),\s*(?:(?:le|la)\s+[A-Z][a-z]{0,9}\.?\s+)?$", text[:k])
        if before:
            return before.group("d").strip()
        after = re.match(r"\s*,\s*(?P<d>[^,.;]{3,120})", text[k + len(name):])
        if after:
            return after.group("d").strip()
    return ""
