"""Interventions labelled by a noun phrase naming the person, as the records of a debate, a
council's minutes and the proceedings of a study day print them: inline before a colon
("Question de M. Jean-Luc Hoarau (médecin généraliste, Saint-Pierre) : …", "Réponse de Dr Anne
Payet (ARS La Réunion) : …", "Question de la salle (une infirmière libérale) : …"), or as a line
of its own above the words ("Intervention de Mme Sylvie Brunaud, conseillère départementale du
canton d'Argenton-sur-Creuse"). The nouns, civilities, chairs and floor words are
lang/fr/intervention_labels.yaml.

Such labels are found once per document and handed to the segmenter as declared speakers (the
inline ones as plain labels, the lines of their own as name lines above their turn's words:
segment/records.py). The person needs a civility or a title ("Réponse de la France : …" names
nobody); a chair's words are the moderator's, the floor's a turn with no speaker. A document is
such a record when at least ``intervention_min_labels`` lines carry a label, naming two people
or more. Role and region come from the description; a label naming no region takes the one
region the document's labels name, when they name one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .base import TextLine, append_cut
from .records import function_attrs
from .regions import resolve_region
from .roles import normalize_role

_data = cv.language_data

# the particles of a name: lang/fr grammar.yaml label_name_particles
_PARTICLES = cv.word_forms("label_name_particles", r"\s+")
NAME = rf"[A-ZÉÈÀÂÎÔÇ][\w'’.-]*(?:\s+(?:{_PARTICLES})?[A-ZÉÈÀÂÎÔÇ][\w'’-]+){{0,3}}"


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern]:
    data = _data()
    nouns = cv._flex_alt(data.get("intervention_nouns", [])) or "(?!)"
    civ = cv._flex_alt(data.get("intervention_civilities", [])) or "(?!)"
    chairs = cv._flex_alt(data.get("intervention_chairs", [])) or "(?!)"
    floor = cv._flex_alt(data.get("intervention_floor", [])) or "(?!)"
    indefinites = cv._flex_alt(data.get("intervention_indefinites", [])) or "(?!)"
    # (s38) or someone the record describes but does not name, up to the colon or the parenthesis: "Question
    # d'un docker (portiqueur, bordée de nuit) :", "Question d'une personne qui n'a pas souhaité donner sa fonction :"
    who = (rf"(?P<who>(?:(?:{civ})\s+)?(?P<chair>{chairs})(?![\w'’-])|(?P<floor>{floor})(?![\w'’-])"
           rf"|(?:{civ})\s+{NAME}"
           # (s52) a body speaking through the person named in parentheses: "Réponse de l'ARS (Mme Blanc)",
           # "Réponse de la communauté de communes (M. Ailhaud, président)"
           rf"|(?P<body>[^()«»:\[\]\d]{{2,80}}?)\s*\((?P<named>(?:{civ})\s+{NAME})(?P<post>\s*,\s*[^()«»:]{{2,80}})?\)"
           rf"|(?P<someone>(?:{indefinites})\s+[a-zàâçéèêëîïôûù][^:()«»\[\]\d]{{1,80}}?))")
    of = cv.word_forms("complement_prepositions", r"\s+", data, elided_after=r"\s*")
    head = rf"^(?P<label>(?:{nouns})\s+(?:{of})(?:{who})"
    inline = re.compile(rf"{head}(?P<desc>\s*\([^()]{{2,160}}\)|\s*,\s*[^:()]{{2,160}}?)?)\s*:\s*(?=\S)")
    alone = re.compile(rf"{head}(?P<desc>\s*\([^()]{{2,160}}\)|\s*,\s*[^:.!?«»]{{2,200}})?)\s*$")
    return inline, alone


@lru_cache(maxsize=4)
def _timed(key: int) -> re.Pattern:
    # after the time a transcript gives the turn, a first name needs no civility: the time vouches
    # for the label as it does for a station's ("[12:40] Réponse de Laetitia : …"; s28-segr47c)
    data = _data()
    nouns = cv._flex_alt(data.get("intervention_nouns", [])) or "(?!)"
    of = cv.word_forms("complement_prepositions", r"\s+", data, elided_after=r"\s*")
    return re.compile(rf"^(?:{cv.TIMESTAMP})(?P<label>(?:{nouns})\s+(?:{of})(?P<who>{NAME}))\s*:\s*(?=\S)")


def timed_speakers(lines: list[TextLine], gazetteer=None) -> dict[str, dict]:
    """label -> declared attributes of the intervention labels a time leads ("[18:05] Réponse de
    Laetitia :"), when at least ``intervention_min_timed`` lines are so led; else {}."""
    from .genres import first_description  # (genres reads this module's labels: imported when needed)

    hits = [(ln, m) for ln in lines if (m := _timed(id(_data())).match(" ".join(ln.text.split())))]
    if len(hits) < _data().get("intervention_min_timed", 2):
        return {}
    text = "\n".join(ln.text for ln in lines)
    out: dict[str, dict] = {}
    for ln, m in hits:
        who = " ".join(m.group("who").split())
        # what the text says of the person where it first names them ("Laetitia, sage-femme libérale
        # installée à Cayenne, anime …"), before their first answer
        desc = first_description(text, who, text.find(ln.text)) if who not in out else ""
        role = normalize_role(desc) if desc else ""
        region, place = resolve_region(desc, gazetteer) if desc and gazetteer is not None else ("", "")
        out.setdefault(" ".join(m.group("label").split()), {
            "role_raw": desc if role not in ("", "autre", "inconnu") else "",
            "role": role if role not in ("autre", "inconnu") else "", "region": region, "place": place,
            "moderator": False, "group": False, "source": "attribution", "speaker": who})
    return out


def intervention_label(text: str) -> tuple[re.Match | None, bool]:
    """(match, alone): such a label opening a line before its words, or making the line."""
    inline, alone = _patterns(id(_data()))
    t = " ".join(text.split())
    m = alone.match(t)
    if m:
        return m, True
    return inline.match(t), False


def intervention_lead(lead: str, gazetteer=None) -> dict | None:
    """Attrs of the person a quotation's lead-in names by such a noun phrase, the quotation opening
    right after its colon ("Observation du Dr Lefebvre, relevée à sa demande : « … »", "Réaction de
    Mme Payet, présidente de la CPTS : « … »"): one quotation is enough, the guillemets vouch for
    the words. Not a question (the interviewer's or the floor's), a chair or the floor."""
    inline, _ = _patterns(id(_data()))
    t = " ".join(lead.split())
    m = inline.match(t + " «")
    if m is None or m.end() != len(t) + 1 or m.group("chair") or m.group("floor"):
        return None
    if fold(m.group("label").split()[0]).lower().startswith("question"):
        return None
    desc = _desc(m)
    role = normalize_role(desc) if desc else ""  # a record's functions ("président") are its members'; here any
    region, place = resolve_region(desc, gazetteer) if desc and gazetteer is not None else ("", "")
    return {"speaker": " ".join(m.group("who").split()), "role_raw": desc,
            "role": "" if role in ("inconnu", "autre") else role, "region": region, "place": place}


def _desc(m: re.Match) -> str:
    return (m.group("desc") or "").strip(" ,()")


_FIRST_NAME = r"[A-ZÉÈÀÂÎÔÇ][a-zà-ÿ'’]+(?:-[A-ZÉÈÀÂÎÔÇ][a-zà-ÿ'’]+)?"  # an answer's label: "Priscilla", "Anne-Marie"


@lru_cache(maxsize=4)
def _asked(key: int) -> tuple[re.Pattern, re.Pattern]:
    data = _data()
    nouns = cv._flex_alt(data.get("asked_question_nouns", [])) or "(?!)"
    civ = cv._flex_alt(data.get("intervention_civilities", [])) or "(?!)"
    of = cv.word_forms("complement_prepositions", r"\s+", data, elided_after=r"\s*")
    # "Question de Mme Payet : … ?", at a line's start or after a sentence's end inside it
    asked = re.compile(rf"(?:^|(?<=[.!?…»]\s))(?P<label>(?-i:{nouns})\s+(?:{of})(?P<who>(?:{civ})\s+{NAME}))\s*:\s*(?=\S)")
    # the answer right after the question mark: a first name and a colon ("? Priscilla : …")
    answer = re.compile(rf"\?\s+(?P<name>{_FIRST_NAME})\s*:\s*(?=\S)")
    return asked, answer


def asked_questions(lines: list[TextLine]) -> dict[str, dict]:
    """label -> declared attributes of the questions several named people put to one person, each
    labelled with its asker ("Question de M. Hoarau : … ?", "Question de Mme Payet : … ?"), each
    answered by that person's first name and a colon ("Priscilla : …"): the readers' or residents'
    questions of a newsletter, a class's to a visitor, a public's to a guest (s30-segr53b). The
    questions are the moderator's (they lead the interview), the one answering a participant; the
    extraction may run them into one paragraph. At least two askers and two answers of one name;
    else {}."""
    if not any("uestion" in ln.text for ln in lines):  # a cheap test before any pattern
        return {}
    asked, answer = _asked(id(_data()))
    askers: dict[str, str] = {}
    answers: dict[str, int] = {}
    flat = [" ".join(ln.text.split()) for ln in lines]
    for i, t in enumerate(flat):
        if "uestion" not in t:
            continue
        for m in asked.finditer(t):
            askers.setdefault(m.group("label"), m.group("who"))
            # the answer: after the question's mark, in this line or opening the next
            rest = t[m.end():]
            following = asked.search(rest)  # the next question run into the line ends this one
            rest = rest[:following.start()] if following else rest
            nxt = flat[i + 1] if i + 1 < len(flat) else ""
            a = answer.search(rest)
            name = a.group("name") if a else ""
            if not name and rest.rstrip().endswith("?"):
                b = re.match(rf"(?P<name>{_FIRST_NAME})\s*:\s*\S", nxt)
                name = b.group("name") if b else ""
            if name:
                answers[name] = answers.get(name, 0) + 1
    people = {fold(w).lower() for w in askers.values()}
    if len(people) < 2 or len(answers) != 1 or next(iter(answers.values())) < 2:
        return {}
    out = {label: {"role_raw": "", "role": "", "region": "", "place": "", "moderator": True, "group": False,
                   "source": "attribution", "speaker": " ".join(who.split())} for label, who in askers.items()}
    name = next(iter(answers))
    out[name] = {"role_raw": "", "role": "", "region": "", "place": "", "moderator": False, "group": False,
                 "source": "attribution", "speaker": name}
    return out


def split_at_asked_questions(lines: list[TextLine]) -> list[TextLine]:
    """``lines`` with the asked questions and their answers (``asked_questions``) that the extraction
    ran into one paragraph cut onto lines of their own ("… d'une nuit. Question de Mme Payet : … ?
    Priscilla : …"); the lines unchanged when the document has none."""
    declared = asked_questions(lines)
    if not declared:
        return lines
    asked, answer = _asked(id(_data()))
    names = {k for k, v in declared.items() if not v["moderator"]}
    out: list[TextLine] = []
    for ln in lines:
        cuts = [m.start("label") for m in asked.finditer(ln.text) if m.start("label") > 0]
        cuts += [m.start("name") for m in answer.finditer(ln.text) if m.group("name") in names]
        append_cut(out, ln, sorted(set(cuts)))
    return out


def intervention_speakers(lines: list[TextLine], gazetteer=None) -> dict[str, dict]:
    """label -> declared attributes (speaker, role_raw, role, region, place, moderator; ``record``
    and ``alone`` for label lines) of a record's intervention labels, or {} when it is none."""
    hits = []
    for i, ln in enumerate(lines):
        m, alone = intervention_label(ln.text)
        # a label line of its own stands above words: the next line is not another label
        if m and alone and (i + 1 >= len(lines) or intervention_label(lines[i + 1].text)[0] is not None):
            continue
        if m:
            hits.append((m, alone))
    people = {fold(m.group("who")).lower() for m, _ in hits if not m.group("floor") and not m.group("someone")}
    # questions from the floor, each describing its asker by a trade ("Question de la salle (une
    # pharmacienne de Langres) :", "… (un infirmier libéral de Joinville) :"), two different people
    # at least: proceedings' exchanges with the floor, whoever answers (s26-segr45a)
    askers = {fold(_desc(m)).lower() for m, _ in hits if m.group("floor") and _desc(m)
              and normalize_role(_desc(m)) not in ("autre", "inconnu")}
    if len(askers) < 2 and (len(hits) < _data().get("intervention_min_labels", 3)
                            or len(people) + any(m.group("floor") or m.group("someone") for m, _ in hits) < 2):
        return timed_speakers(lines, gazetteer) or asked_questions(lines)
    out: dict[str, dict] = {}
    for m, alone in hits:
        desc = _desc(m)
        role = (function_attrs(desc)[0] or normalize_role(desc)) if desc else ""
        region, place = resolve_region(desc, gazetteer) if desc and gazetteer is not None else ("", "")
        chair = bool(m.group("chair"))
        if m.group("someone"):
            # described, not named: what the label says of them, a trade outside the vocabulary included
            # ("un docker": autre; "une personne qui n'a pas souhaité donner sa fonction": inconnu)
            desc = ", ".join(x for x in (" ".join(m.group("someone").split()), desc) if x)
            role = normalize_role(desc)
        elif m.group("named"):
            # the body spoken for, and the post in it, describe the person named in parentheses
            desc = ", ".join(x for x in (" ".join(m.group("body").split()), (m.group("post") or "").strip(" ,"), desc) if x)
            role = function_attrs(desc)[0] or normalize_role(desc)
            region, place = resolve_region(desc, gazetteer) if gazetteer is not None else ("", "")
            role = "" if role in ("inconnu", "autre") else role
        elif role in ("inconnu", "autre"):
            role = ""  # a named person's role left to what the record says elsewhere
        entry = {"role_raw": desc, "role": role, "region": region, "place": place, "moderator": chair, "group": False,
                 "source": "attribution",
                 "speaker": "" if chair or m.group("floor") or m.group("someone")
                 else " ".join((m.group("named") or m.group("who")).split())}
        if alone:
            entry.update(record=True, alone=True, intervention=True)
        out.setdefault(" ".join(m.group("label").split()), entry)
    regions = {v["region"] for v in out.values() if v["region"]}
    if len(regions) == 1:  # one record, one territory: the labels naming no place are in it
        for v in out.values():
            v["region"] = v["region"] or next(iter(regions))
    return out
