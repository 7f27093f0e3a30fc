"""Transcripts whose speakers are labelled by what they are, not by a name or a code: an
associative radio's "LA PHARMACIENNE :", "LE MAIRE :", "L'ANIMATEUR :"; a public meeting's
verbatim minutes "M. le Maire :", "Dr Payet (CPTS Sud) :", "Une habitante :", "Plusieurs voix
dans la salle :". The words are lang/fr/function_labels.yaml.

Such labels are found once per document and handed to the segmenter as declared speakers, like
a record's (segment/records.py). A document is such a transcript when at least
``function_label_min_lines`` paragraphs open with such a label and a colon, naming at least two
speakers, one of them at least twice (turns change hands). A label followed at once by a
guillemet ("LA PHARMACIENNE : « … »") is a comic strip's or a script's bubble and never counts.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .attributions import describes_person
from .base import TextLine
from .records import function_attrs
from .roles import names_a_profession, normalize_role, unidentified

_alt = cv.literal_alternation
_data = cv.language_data

CAP = r"[A-ZÉÈÀÂÊÎÔÛÇ][\w’'-]*"
WORD = r"[^\W\d_][\w’'-]*"


def article_alternation(d: dict) -> str:
    """The definite articles before a function (function_label_articles) as one alternation: "le" / "la"
    stand apart from the noun, an elided "l'" is glued to it."""
    arts = d.get("function_label_articles", [])
    return "|".join([rf"{re.escape(a)}\s*" for a in arts if a[-1] in "'’"]
                    + [rf"{re.escape(a)}\s+" for a in arts if a[-1] not in "'’"]) or "(?!)"


@lru_cache(maxsize=4)
def _pattern(key: int) -> re.Pattern:
    d = _data()
    art = article_alternation(d)
    indef = _alt(d.get("function_label_indefinites", [])) or "(?!)"
    civ = _alt(d.get("function_label_civilities", [])) or "(?!)"
    public = _alt(d.get("function_label_public", [])) or "(?!)"
    group = _alt(d.get("function_label_group_openers", [])) or "(?!)"
    join = _alt(d.get("function_label_joiners", [])) or "(?!)"
    # (and the words in lower case after the noun: "L'éducateur référent :", "La cadre de santé :")
    # (words of a noun phrase, no article nor name: "Le directeur général de l'ARS :" is an office's label)
    # (or a label set wholly in capitals, its words all so: "L'ADJOINTE À LA SANTÉ :"; s51)
    caps = r"[A-ZÀÂÇÉÈÊËÎÏÔÛÙ][A-ZÀÂÇÉÈÊËÎÏÔÛÙŒ'’-]*"
    definite = (rf"(?:(?-i:(?:LE|LA|LES)\s+|L['’]\s?){caps}(?:\s+(?-i:{caps})){{0,4}}(?=\s*:)"
                rf"|(?:{art}){WORD}(?:\s+(?-i:[a-zàâçéèêëîïôûù][a-zàâçéèêëîïôûùœ-]*)){{0,3}})")
    voices = _alt(d.get("voice_labels", [])) or "(?!)"
    # an office and its body ("Le directeur général de l'ARS", "La présidente de l'URPS")
    compl = _alt(d.get("function_label_complements", [])) or "(?!)"
    office = rf"(?:{art})(?P<head>{WORD}(?:\s+{WORD}){{0,2}})\s+(?:{compl})\s*[^\s:()«»][^:()«»]{{0,50}}?"
    question = _alt(d.get("function_label_questions", [])) or "(?!)"
    # where a member of the audience speaks from ("Un intervenant dans la salle (infirmier libéral) :")
    where = _alt(d.get("function_label_public_places", [])) or "(?!)"
    civ_label = rf"(?:{civ})\s+(?:(?:{cv.word_forms('definite_articles', data=d)})\s+{WORD}|{CAP}(?:\s+{CAP})?)"
    origin = _alt(d.get("function_label_caller_origins", [])) or "(?!)"
    caller = _alt(d.get("function_label_caller_words", [])) or "(?!)"
    return re.compile(
        rf"^(?P<label>(?P<group>(?:{group})\b[^:()«»]{{0,40}}?)"
        rf"|(?P<joined>{definite}\s+(?:{join})\s+{definite})"
        rf"|(?P<civ>{civ_label})"
        rf"|(?P<public>(?:{indef})\s+(?:{public})(?:\s+(?:{where}))?)"
        rf"|(?P<definite>{definite})"
        # one voice the notes do not name ("Quelqu'un :", "Une voix :"): no speaker, role unknown
        rf"|(?P<voice>(?:{voices})(?:\s+(?:{where}))?)"  # ("Une voix dans le public :"; s51)
        rf"|(?P<office>{office})"
        # a journalist's question, the medium in the parenthesis ("Question (Kwezi TV) :")
        rf"|(?P<question>(?:{question}))"
        # a caller of a call-in programme: a first name, the town they call from, the caller words
        # ("Josette, de Sainte-Rose, au téléphone :")
        rf"|(?P<caller>(?-i:(?P<first>[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?)),\s+(?:{origin})\s*"
        rf"(?P<town>(?-i:[A-ZÉÈ][\w’'-]*(?:[\s-][\w’'-]+){{0,4}}?)),\s+(?:{caller}))"
        # a first name and a surname, only with a parenthesis after it ("Patrick Sabayo (en plateau) :"),
        # written with their capitals
        rf"|(?P<named>(?-i:[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?\s+[A-ZÉÈ][\w’'-]+)(?=\s*\()))"
        # a named person's function after a comma ("Dr Joseph, porteur du projet :"), not the label's
        rf"(?:(?<=\w),\s+(?P<app>[^\W\d][^()«»:,;.?!]{{1,40}}?)(?<=\w))?"
        rf"(?:\s*\((?P<aff>[^()«»:]{{2,60}})\))?\s*:\s+(?![«\"“])(?=\S)",
        re.IGNORECASE)


def _names_office(head: str) -> bool:
    """A function's first words that name a person ("directeur général", "adjoint au maire"): a
    person noun, or an office of a council's debates (lang/fr/office_labels.yaml)."""
    offices = {fold(w).lower() for w in _data().get("office_label_offices", [])}
    return bool(cv.PERSON_NOUN.match(head)) or fold(head.split()[0]).lower() in offices


def function_label(text: str) -> re.Match | None:
    """Such a label opening a paragraph, or None. A function after a comma only after a named
    person ("Dr Joseph, porteur du projet :", not "Le constat, en bref :"). A name whose parenthesis
    says what the person does ("Claire DUMONT (directrice de la CPTS …) :") is a named role TURN
    reads; only one whose parenthesis says where they speak from ("(en plateau)", "(en duplex de
    Saint-Laurent)") is read here."""
    m = _pattern(id(_data())).match(text)
    if m is None and (stamp := cv.OPENING_STAMP.match(text)) is not None and stamp.end() > 0:
        # "[01:12:40] LE MAIRE : …": a video's transcript times its turns before the label (s51)
        m = _pattern(id(_data())).match(text[stamp.end():])
    if m is not None and m.group("app") and not m.group("civ"):
        return None
    if m is not None and m.group("office") and not _names_office(m.group("head")):
        return None  # "Le rôle de la CPTS :" heads a paragraph
    if m is not None and m.group("question") and not m.group("aff"):
        return None  # a FAQ's "Question :", an interview's "Journaliste :" (its own readers'): no medium named
    if m is not None and m.group("named") and (normalize_role(m.group("aff")) not in ("autre", "inconnu")
                                              or describes_person(m.group("aff"))):
        return None
    return m


def _speaker(m: re.Match) -> dict:
    label = " ".join(m.group("label").split())
    if m.group("group") or m.group("joined"):
        return {"label": label, "role": "", "group": True}
    if m.group("voice"):
        return {"label": label, "role": "inconnu", "group": False, "voice": True}
    key = fold(label).lower()
    if m.group("public"):
        # "(infirmier libéral)" after "Un intervenant dans la salle": what the person does, else no trade
        role = normalize_role(m.group("aff")) if m.group("aff") else "autre"
        if m.group("aff") and unidentified(m.group("aff")):
            # "Une participante (collège non précisé au compte rendu)": whom she sits for withheld (s51)
            return {"label": label, "role": "inconnu", "group": False, "voice": True}
        return {"label": label, "role": "autre" if role == "inconnu" else role, "group": False}
    # (the noun after the article heads the label: "Le chef formateur" is a chef, not a moderator)
    if m.group("question") or m.group("definite") and re.split(r"['’\s]", key, maxsplit=1)[-1].split()[0] in cv.MODERATOR_WORDS:
        return {"label": label, "role": "", "group": False, "moderator": True}
    if m.group("caller"):  # a listener: "autre" unless they say what they do (function_label_speakers)
        return {"label": m.group("first"), "role": "", "group": False, "caller": True}
    if m.group("named") or m.group("civ"):
        # "Dr Line Abienso (en duplex de Saint-Laurent)", "Dr Joseph, porteur du projet": a person; what
        # the document says of them (an attendance list), their parenthesis or apposition, when it names
        # a trade, says the role
        noun = m.group("aff") or m.group("app") or label.split(None, 1)[-1]
        role = function_attrs(noun)[0] or normalize_role(noun)
        return {"label": label, "role": "" if role in ("inconnu", "autre") else role, "group": False}
    if m.group("office"):
        # "président de l'URPS": the office and its body say the role, before an elected member's
        noun = " ".join(m.string[m.start("head"):m.end("office")].split())
        role = normalize_role(noun)
        role = function_attrs(noun)[0] if role in ("inconnu", "autre") else role
        return {"label": label, "role": "" if role in ("inconnu", "autre") else role, "group": False, "office": noun}
    noun = m.group("aff") or (label.split(None, 1)[-1] if m.group("definite") else label)
    role = function_attrs(label)[0] or function_attrs(noun)[0] or normalize_role(noun)
    # an affiliation that names no trade ("CPTS Sud") leaves the role to the turn's own words
    return {"label": label, "role": "" if role in ("inconnu", "autre") else role, "group": False}


def _is_person(m: re.Match) -> bool:
    if not (m.group("definite") or m.group("office")):
        return True
    s = _speaker(m)
    # (a trade outside the vocabulary is a person too: "L'éducateur référent")
    return bool(s["role"] or s.get("moderator") or names_a_profession(s["label"]))


def _named_aff(aff: str | None) -> str:
    """The parenthesis of a label when it is a person's name, a civility before it or not ("M.
    Thierry Bonnal"), else ""."""
    if not aff:
        return ""
    name = " ".join(aff.split())
    first = fold(name.split()[0]).lower().rstrip(".")
    bare = name.split(None, 1)[1] if first in cv.CIVILITIES and " " in name else name
    return name if cv.NAME.fullmatch(bare) else ""


def _office_holder(office: str, lines: list[TextLine]) -> str:
    """The person the document names with that office in an apposition ("M. Marc Levasseur,
    directeur général de l'ARS, et …" in the standfirst for the label "Le directeur général de
    l'ARS :"; "président de l'URPS médecins libéraux" holds "président de l'URPS"), else ""."""
    key = fold(office).lower()
    # a civility is no part of the name ("Mme Sophie Delmas": not the name "Mme Sophie")
    civ = re.compile(rf"(?<!\w)(?:{cv._flex_alt(_data().get('civilities', [])) or '(?!)'})\.?(?=\s)")
    for ln in lines:
        text = civ.sub(lambda c: " " * len(c.group()), ln.text)
        for m in cv.NAME.finditer(text):
            app = re.match(r"\s*,\s*(?P<d>[^,.;:«»()]{2,80})", text[m.end():])
            if app and re.match(rf"{re.escape(key)}(?!\w)", fold(app.group("d")).lower()):
                return m.group("name")
    return ""


def _caller_attrs(m: re.Match, lines: list[TextLine], gazetteer) -> dict:
    """Role and place of a caller's label: what they say they do in their first turns ("Je suis
    infirmière libérale"), else a member of the public (autre); the town they call from, a name
    several régions share ("Sainte-Rose") in the région of the places the transcript names, a town
    the gazetteer does not know ("Capesterre") in that région when there is one only (a local
    programme's listeners)."""
    from .discovery import self_presented_role
    from .place_forms import homonym_regions
    from .regions import resolve_region

    code = m.group(0)
    texts = [ln.text[len(code):] for ln in lines if ln.text.startswith(code)]
    role_raw, role = self_presented_role(texts)
    out = {"role_raw": role_raw, "role": role or "autre", "region": "", "place": ""}
    if gazetteer is None:
        return out
    town = m.group("town")
    region, place = resolve_region(town, gazetteer)
    if not region and gazetteer.communes is not None:
        named = {p.region for ln in lines for _, _, p in
                 [*gazetteer.find(ln.text), *gazetteer.communes_after_prepositions(ln.text)] if p.region}
        found = homonym_regions(town, gazetteer.communes)
        agree = (found[0][1] if found else named) & named
        if len(agree) == 1 and (found or len(named) == 1):
            region, place = agree.pop(), town
    return {**out, "region": region, "place": place if region else ""}


def _floor_question(m: re.Match) -> bool:
    """A question label whose parenthesis describes the asker by a trade, no medium: "Question de la
    salle (une pharmacienne de Langres) :" is a question from the floor, the asker's turn
    (segment/intervention_labels.py; s26-segr45a), not a journalist's "Question (Kwezi TV) :"."""
    return bool(m.group("question") and m.group("aff")) and normalize_role(m.group("aff")) not in ("autre", "inconnu")


def _labelled_run(lines: list[TextLine], labelled: list[re.Match | None]) -> bool:
    """At least ``function_label_min_run`` paragraphs in a row each opened by such a label
    (``labelled``: each line's person label or None), two speakers or more among them, one a person
    named by a function: notes of a meeting where each spoke once ("La psychologue : …" /
    "L'éducateur référent : …" / "Quelqu'un : …")."""
    least = _data().get("function_label_min_run", 3)
    run: list[re.Match] = []
    for ln, m in zip(lines, labelled):
        if m is not None:
            run.append(m)
            labels = {" ".join(x.group("label").split()) for x in run}
            if len(run) >= least and len(labels) >= 2 and any(x.group("definite") or x.group("office") for x in run):
                return True
        elif ln.text.strip():
            run = []
    return False


def function_label_speakers(lines: list[TextLine], gazetteer=None) -> dict[str, dict]:
    """label -> declared attributes (role_raw, role, moderator, group) of the function labels of
    a document, or {} when it is no such transcript."""
    # "Le constat : …" heads a paragraph: an article's noun must name a person (a role or the host)
    labelled = [m if m and _is_person(m) else None for m in (function_label(ln.text) for ln in lines)]
    hits = [m for m in labelled if m]
    counts = Counter(" ".join(m.group("label").split()) for m in hits)
    if (len(hits) < _data().get("function_label_min_lines", 4) or len(counts) < 2 or max(counts.values()) < 2) \
            and not _labelled_run(lines, labelled):
        return {}
    # a label whose turns are mostly questions is the interviewer's ("Le Généraliste : Comment …?")
    questions = Counter(" ".join(m.group("label").split()) for m in hits
                        if m.string.rstrip(" »\"”").endswith("?"))
    found: dict[str, dict] = {}
    for m in hits:
        if _floor_question(m):
            continue  # counted among the labelled lines, its asker read by segment/intervention_labels.py
        s = _speaker(m)
        # the declared code is the label as written up to the colon, affiliation included
        code = " ".join(m.group(0).rstrip().rstrip(":").split())
        if code in found:
            continue
        found[code] = {"role_raw": m.group("aff") or m.group("app") or "", "role": s["role"], "region": "", "place": "",
                             "moderator": bool(s.get("moderator")) or questions[s["label"]] >= 0.6 * counts[s["label"]] >= 1.2, "group": s["group"], "source": "attribution",
                       "speaker": "" if s["group"] or s.get("voice") else s["label"]}
        if s.get("caller"):
            found[code].update(_caller_attrs(m, lines, gazetteer))
        if s.get("office"):
            # the holder named in the label's parenthesis ("… de l'ARS (M. Thierry Bonnal) :"), else in the standfirst
            found[code]["speaker"] = _named_aff(m.group("aff")) or _office_holder(s["office"], lines) or s["label"]
    return found
