"""Quotations set as a paragraph of their own and signed on the same line after the closing mark,
as product pages, reports and newsletters print users' and officials' words: "« Le récolement,
c'est la base de notre travail … » Romuald Goudeseune, Conservateur des monuments historiques",
"“10 minutes de perdu …” - M. Hervé C. coordinateur SAMU", "“… l'environnemental ?” - acheteur
public d'une metropole".

The paragraph opens with a quotation mark (curly marks are folded to « » by quote_marks) and the
quotation closes before the end of the line; what follows (at most ``signed_quote_max_words``
words) signs it when it is either a person's name (conventions' NAME, after an optional civility
of lang/fr/labels.yaml) alone or followed by a comma and a description, or, led by a dash, a
short description ("- acheteur public d'une metropole") whose first word does not name a text
(``signed_quote_not_people``: "– réplique du film"). A quotation followed by the title of a
text ("« … » Instruction du Gouvernement du 25 janvier 2018") is signed by no one and stays prose. A
quotation that fills its paragraph may be signed by a dash-led description on the line below it
("— Conseillère à la Maison de l'emploi et de l'insertion de Lens-Liévin"), not by a name: a name
alone on the line below a quotation signs an epigraph ("— Albert Camus, La Peste").

Session 26 (s26-segr45b): the dash-led description may hold an age or a school class ("« … » –
une élève de 4e, 14 ans"), or first names and a commune ("– Maryvonne, Plounévézel", "– Gwenaëlle
et Erwan, Poullaouen": lay writers, role autre); a numbered lead may open the line ("Mot n° 14 :
« … » – …", ``signed_quote_lead_nouns``); a quotation listed on a dashed line is signed by the
description after its comma ("– « … », un ouvrier de la scierie", ``signed_quote_comma_determiners``).
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .attributions import _first_name_word, describe, description_fields, is_place
from .base import TextLine
from .mottos import motto_line
from .paren_remarks import remarks_on_quote
from .roles import letters_role

_data = cv.language_data

DASH_LEAD = re.compile(r"^[-–—]\s*")
# "M. Hervé C." : a first name and a surname's initial (the product pages' anonymised users)
INITIALLED = re.compile(r"^(?P<name>[A-ZÉÈ][a-zéèëïîçô]+(?:-[A-ZÉÈ][a-zéèëïîçô]+)?\s+[A-ZÉÈ]\.)")
# "– Maryvonne, Plounévézel", "– Gwenaëlle et Erwan, Poullaouen": messages signed by first names
# (joined by "et": a couple signs together) and where the writers live, as a guest book or a
# booklet of farewell messages prints them
FIRST = r"[A-ZÉÈ][a-zéèêëïîôûçœ]+(?:-[A-ZÉÈ][a-zéèêëïîôûçœ]+)?"
FIRST_NAMES = re.compile(rf"^(?P<names>(?P<one>{FIRST})(?:\s+et\s+(?P<two>{FIRST}))?)\s*,\s*(?P<rest>\S.*)$")
# s33-segr57b: "– D., bâtiment A", "– J.-M., 61 ans": a writer who signs by an initial alone (a prison
# newspaper, a testimony page that anonymises), then a comma and where or what they are
LONE_INITIAL = re.compile(r"^(?P<name>[A-ZÉÈ]\.(?:-?[A-ZÉÈ]\.)?)\s*,\s*(?P<rest>\S.*)$")


@cv.per_language_data
def _numbered_lead() -> re.Pattern:
    """A numbered item's lead before the quotation ("Mot n° 14 : « … »"): one of
    ``signed_quote_lead_nouns``, a number mark (numbered_answers.yaml) or none, a number, a colon."""
    nouns = cv._alt(_data().get("signed_quote_lead_nouns", [])) or "(?!)"
    marks = cv.literal_alternation(set(_data().get("numbered_answer_marks", []))) or "(?!)"
    return re.compile(rf"^(?:{nouns})\s*(?:(?:{marks})\s*)?\d{{1,4}}\s*:\s*(?=«)", re.IGNORECASE)


def _closing(text: str) -> int | None:
    """Offset just after the mark that closes the quotation opening ``text``, or None."""
    depth = 0
    for k, ch in enumerate(text):
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth -= 1
            if depth == 0:
                return k + 1
    return None


def _without_civility(tail: str) -> str:
    words = tail.split(maxsplit=1)
    if len(words) == 2 and words[0].rstrip(".").lower() in cv.CIVILITIES:
        return words[1]
    return tail


# an age or a length of practice inside a field, after its noun ("un homme de 82 ans", "matelot
# depuis 22 ans"; s33-segr58c): numbers that say who the person is, as an age field does
AGE_IN_FIELD = re.compile(r"\b(?:(?:de|depuis|d['’]environ)\s+)?\d{1,3}\s+ans\b", re.IGNORECASE)


def _unnumbered(desc: str) -> str:
    """The description without the fields whose numbers say who the person is, an age or a school
    class ("– une élève de 4e, 14 ans": a pupil quoted by class and age only), nor an age or a
    length of practice after a field's noun ("matelot depuis 22 ans", "un homme de 82 ans"); a
    date, an hour or a page range left in it still makes it no signature."""
    return ", ".join(AGE_IN_FIELD.sub("", f) for f in description_fields(desc)
                     if not (cv.AGE_FIELD.match(f) or cv.SCHOOL_CLASS_FIELD.match(f)))


def _lay_signature(speaker: str, desc: str, gazetteer=None) -> bool:
    """A lone first name and, after its comma, a description in lower case ("— Yannick, matelot
    depuis 22 ans, Saint-Gilles", s33-segr58c) or the commune the writer lives in ("— Odile,
    Guingamp", s34-segr60c: a customer's question in a pharmacy's newsletter): a lay person quoted by
    a newsletter, not an epigraph's author and title ("— Albert Camus, La Peste", "— Voltaire,
    Candide")."""
    first = description_fields(desc)[0] if desc.strip() else ""
    if len(speaker.split()) != 1 or " et " in speaker:
        return False
    if first[:1].islower():
        return True
    return gazetteer is not None and bool(first) and _first_name_word(speaker) \
        and not is_place(speaker, gazetteer) and is_place(first, gazetteer)


def signature(tail: str) -> tuple[str, str] | None:
    """(speaker, description) of what follows a closed quotation, or None when it signs nothing."""
    t = tail.strip()
    dashed = bool(DASH_LEAD.match(t))
    t = DASH_LEAD.sub("", t).strip()
    if not t or len(t.split()) > _data().get("signed_quote_max_words", 30):
        return None
    body = _without_civility(t)
    name = cv.NAME.match(body) or INITIALLED.match(body)
    if name:
        rest = body[name.end():].strip()
        if not rest or rest.startswith(",") or (dashed and not re.match(r"\d", rest)):
            return name.group("name"), rest.lstrip(", ").strip()
        return None
    firsts = FIRST_NAMES.match(t) if dashed else None
    if firsts and all(_first_name_word(n) for n in (firsts.group("one"), firsts.group("two")) if n) \
            and not re.search(r"\d", _unnumbered(firsts.group("rest"))) and not re.search(r"[.!?]\s", t):
        return firsts.group("names"), firsts.group("rest").rstrip(". ")
    initial = LONE_INITIAL.match(t) if dashed else None
    if initial and not re.search(r"\d", _unnumbered(initial.group("rest"))) and not re.search(r"[.!?]\s", initial.group("rest")):
        return initial.group("name"), initial.group("rest").rstrip(". ")
    first = fold(re.split(r"[\s,;:]+", t)[0]).lower()
    if first in {fold(w).lower() for w in _data().get("signed_quote_not_people", [])}:
        return None  # "– réplique du film", "— extrait du rapport": a text signs it, not a person
    if dashed and len(t.split()) <= _data().get("signed_quote_max_description_words", 12) \
            and not re.search(r"\d", _unnumbered(t)) and not re.search(r"[.!?]\s", t):
        if remarks_on_quote(t):
            # "« … » – phrase à lire par l'animateur", "– à recopier sur la fiche": what to do with
            # the quotation, as in parentheses after it, not who said it (s30-segr52b)
            return None
        return "", t.rstrip(". ")
    return None


def _comma_signature(tail: str) -> str | None:
    """The dash-led signature a comma stands for after a quotation that opens a dashed line ("– «
    … », une retraitée venue à pied": a list of people's words, each described after it), when the
    description opens on a determiner (``signed_quote_comma_determiners``): a speech verb ("«
    … », explique …") or a pronoun ("« … », dit-elle") is an incise the quotation rules read."""
    t = tail.strip()
    if not t.startswith(","):
        return None
    rest = t[1:].strip()
    first = re.split(r"(?<=['’])|[\s,;:]+", rest, maxsplit=1)[0].lower().replace("’", "'")
    determiners = {w.lower() for w in _data().get("signed_quote_comma_determiners", [])}
    return f"– {rest}" if first in determiners else None


def _credits_a_group(desc: str) -> bool:
    words = [fold(w).lower() for w in _data().get("signed_quote_group_words", [])]
    folded = fold(desc).lower()
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded) for w in words)


def coded_signature(tail: str) -> tuple[str, str] | None:
    """(code, what follows) of a dash-led participant code signing a quotation, alone or with
    where the person works ("— SF4, Vannes", "– E3"), or None: the code of an interview, not an
    epigraph's author."""
    t = tail.strip()
    if not DASH_LEAD.match(t):
        return None
    t = DASH_LEAD.sub("", t).strip().rstrip(". ")
    code, _, rest = t.partition(",")
    code, rest = code.strip(), rest.strip()
    if not cv.LABEL_SHAPES["code"].fullmatch(code) or re.search(r"\d|[.!?]\s", rest) \
            or len(rest.split()) > _data().get("signed_quote_max_description_words", 12):
        return None
    return code, rest


def _run_on(tail: str) -> str:
    """A dash-led signature line the extraction ran into the next paragraph ("– La coordinatrice
    et les infirmières de la MSP de Castelsarrasin Au total, 312 bilans ont été réalisés, …"):
    the longest stretch before a capitalised word that signs (a description without digits) when
    what follows it is a sentence of its own; else the tail as it is."""
    t = tail.rstrip()
    if not DASH_LEAD.match(t.strip()) or not re.search(r"[.!?]$", t):
        return tail
    cuts = [m.start() for m in re.finditer(r"(?<=[^\W\d_])\s+(?=[A-ZÀ-Ý][a-zà-ÿ])", t)]
    for cut in reversed(cuts):
        head, rest = t[:cut], t[cut:].strip()
        if len(rest.split()) >= 4 and not re.search(r"[.!?;:]", head) and signature(head) is not None:
            return head
    return tail


def signed_quotes(lines: list[TextLine], headings, gazetteer) -> dict[int, dict]:
    """line index -> attributes of a paragraph that is one signed quotation (the segmenter's quote
    boxes), {} when none."""
    out: dict[int, dict] = {}
    least = _data().get("signed_quote_min_words", 5)
    for ln in lines:
        t = ln.text.strip()
        # "– « … », un ouvrier de la scierie": a dash opens the line as an item of a list of quotations
        bulleted = bool(DASH_LEAD.match(t)) and DASH_LEAD.sub("", t).startswith("«")
        if bulleted:
            t = DASH_LEAD.sub("", t)
        t = _numbered_lead().sub("", t, count=1)  # "Mot n° 14 : « … » – Maryvonne, Plounévézel"
        if not t.startswith("«") or ln.index in headings:
            continue
        if motto_line(ln.text, lines[0].text if lines else ""):
            continue  # "« Soigner ici » – Maison de santé du Val.": an organisation's motto (segment/mottos.py)
        close = _closing(t)
        if close is None or len(t[1:close - 1].split()) < least:
            continue
        tail, below_line = t[close:], False
        if bulleted:  # only a description after the comma signs a listed quotation
            tail = _comma_signature(tail) or ""
            if not tail:
                continue
        if not tail.strip(" .,;"):
            # the quotation fills its paragraph: a dash-led signature may stand on the next line
            # ("« … »" then "— Conseillère à la Maison de l'emploi … de Lens-Liévin")
            nxt = ln.index + 1
            below = lines[nxt].text.strip() if nxt < len(lines) and nxt not in headings else ""
            # (the extraction may run the next quotation onto the signature's line: cut it there)
            tail = below.split("«")[0] if DASH_LEAD.match(below) else ""
            below_line = True
            coded = coded_signature(tail)
            if coded is not None:  # "« … »" over "— SF4, Vannes": an interview's code and town
                role, region, place = describe(coded[1], gazetteer) if coded[1] and gazetteer is not None \
                    else ("inconnu", "", "")
                if role in ("autre", "inconnu"):  # the code's letters ("SF" for sage-femme), as a dash code's
                    role = letters_role(re.sub(r"[-_]?\d+$", "", coded[0]))
                out[ln.index] = {"speaker": coded[0], "role_raw": coded[1], "role": role, "region": region,
                                 "place": place, "attr_source": "attribution"}
                continue
            tail = _run_on(tail)
        signed = signature(tail) if tail.strip() else None
        if signed and signed[0] and below_line and not _lay_signature(*signed, gazetteer):
            continue  # "« … »" over "— Albert Camus, La Peste": an epigraph, signed by a name on its own line
        if signed is None:
            continue
        speaker, desc = signed
        if speaker and gazetteer is not None and " et " not in speaker and is_place(speaker, gazetteer):
            speaker, desc = "", f"{speaker}, {desc}"  # "– Lorient, Morbihan": a place, no first name
        role, region, place = describe(desc, gazetteer) if desc and gazetteer is not None else ("inconnu", "", "")
        if not speaker and _credits_a_group(desc):
            role = "inconnu"  # "– L'équipe de la MSP de Moissac": a team's words, no one role
        elif speaker and role == "inconnu" and FIRST_NAMES.match(f"{speaker}, {desc}"):
            role = "autre"  # "– Maryvonne, Plounévézel": a lay writer signs by first name and commune
        out[ln.index] = {"speaker": speaker, "role_raw": desc, "role": role, "region": region, "place": place,
                         "attr_source": "attribution"}
    return out


@cv.per_language_data
def _signed_field() -> re.Pattern:
    """A field's head (``signed_text_fields``) and a colon, the text, then after its last sentence
    first names, a comma and the rest of the signature ("Verso : … tout arrêter. Antoine, Calvi")."""
    heads = cv._flex_alt(_data().get("signed_text_fields", [])) or "(?!)"
    return re.compile(rf"^\s*(?:{heads})\s*:\s*(?P<text>\S.*?[.!?…])\s+"
                      rf"(?P<sig>{FIRST}(?:\s+et\s+{FIRST})?\s*,\s*[^,.!?;:«»\d]{{2,60}}?)\s*\.?\s*$",
                      re.IGNORECASE)


def signed_fields(lines: list[TextLine], headings, gazetteer) -> dict[int, dict]:
    """line index -> attributes of a field holding a written text signed at its end by first names
    and a commune ("Verso : … Antoine, Calvi"), "_from" where the text starts, "_to" where the
    signature does (s29-segr50b); only a signature whose names can be first names and whose rest
    is a place."""
    out: dict[int, dict] = {}
    if gazetteer is None:
        return out
    least = _data().get("signed_quote_min_words", 5)
    for ln in lines:
        m = _signed_field().match(ln.text)
        if m is None or ln.index in headings or len(m.group("text").split()) < least:
            continue
        firsts = FIRST_NAMES.match(m.group("sig"))
        if firsts is None or not all(_first_name_word(n) for n in (firsts.group("one"), firsts.group("two")) if n) \
                or not is_place(firsts.group("rest").strip(), gazetteer) or is_place(firsts.group("one"), gazetteer):
            continue  # "… avec nous. Concarneau, Finistère": a place and its department sign no one
        rest = firsts.group("rest").strip()
        role, region, place = describe(rest, gazetteer)
        out[ln.index] = {"speaker": firsts.group("names"), "role_raw": rest,
                         "role": role if role not in ("", "inconnu") else "autre", "region": region,
                         "place": place, "attr_source": "attribution", "_from": m.start("text"),
                         "_to": m.start("sig")}
    return out
