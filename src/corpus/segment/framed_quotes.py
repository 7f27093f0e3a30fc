"""A paragraph-long quotation set without quotation marks (in italics, or opened by a dash) and
framed by who speaks (issue #14, session 10, seggen10): the box title above it names the person
("Verbatim n°17 — infirmière libérale, Bretagne" over the italic words), or the line below it is
the person's source ("Source : entretien de la mission avec une pharmacienne titulaire
(Ardennes).") or signature ("– Patiente, 67 ans, diabétique, Basse-Terre"). Reports and
magazines set a quotation in italics or after a dash as often as in « »; the quote readers know
these frames around a quotation in « »: a paragraph so framed is read as one.

A title is a short head ("Verbatim n°17", "Témoignage 3", "Encadré") and, after one of
``framed_title_separators``, a description of a person (fallbacks.is_signature: a first name and
a description, or two fields that describe someone); a title that describes no person ("Encadré
4 – Ce qu'en disent les acteurs rencontrés") frames nothing. Words: lang/fr/framed_quotes.yaml."""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import description_fields, opens_with_person
from .base import n_words, quotation_lead
from .fallbacks import is_signature
from .quote_sources import source_lead
from .roles import normalize_role


def _separators() -> list[str]:
    return [s for s in cv.DATA.get("framed_title_separators", []) if s]


def _names_someone(desc: str) -> bool:
    """Who someone is, not a clause ("on passait chez des patients, le soir"): a first name or
    a person opens it, or its first field names a function."""
    named = cv.PSEUDONYM.match(desc)  # "Claire, sage-femme, Vesoul": a first name, then who she is
    if named and named.group("rest").strip():
        desc = named.group("rest")
    fields = description_fields(desc)
    # (or a profile opening on an age or a sex, as a written patient's header gives it: "31 ans,
    # primipare, Avallon", "femme, 58 ans, Cholet"; s28-segr47c)
    profiled = bool(fields) and bool(cv.AGE_FIELD.match(fields[0]) or cv.SEX_FIELD.match(fields[0]) or cv.SEX_FIELD.match(fields[0].lower()))
    return bool(fields) and not cv.SPEECH_VERB_ANY.search(desc) \
        and (opens_with_person(desc) or normalize_role(fields[0]) not in ("autre", "inconnu") or profiled)


def title_description(line: str) -> tuple[int, str] | None:
    """(offset in ``line``, description) of the person a box title names after its head
    ("Verbatim n°17 — infirmière libérale, Bretagne" -> "infirmière libérale, Bretagne"); None
    when the line is no such title."""
    max_head = int(cv.DATA.get("framed_title_max_head_words", 4))
    body = line.rstrip().rstrip(".")
    for sep in _separators():
        k = body.find(f" {sep} ")
        if k <= 0:
            continue
        head, desc = body[:k].strip(), body[k + len(sep) + 2:].strip()
        if not head or n_words(head) > max_head or re.search(r"[«»\"“”.!?]", head.rstrip(".")):
            continue  # a sentence, not a box's head
        if desc and is_signature(desc) and _names_someone(desc):
            return line.index(desc, k), desc
    return None


def credit_below(line: str) -> bool:
    """The line under a quotation says who spoke: a source line ("Source : entretien de la mission
    avec …") or a signature, alone or after a dash ("– Patiente, 67 ans, Basse-Terre")."""
    lead = source_lead()
    if lead is not None and lead.match(line) and line[lead.match(line).end():].strip(" .:"):
        return True
    dashes = tuple(cv.DATA.get("quote_dashes", []))
    body = line.strip()
    if body.startswith(dashes):
        body = body[1:].strip()
    return is_signature(body)


def _line_bounds(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, end if end >= 0 else len(text)


def fills_paragraph(text: str, a: int, b: int) -> bool:
    """text[a:b] is all its paragraph holds (but spaces and a final stop)."""
    start, end = _line_bounds(text, a)
    return not text[start:a].strip() and b <= end and not text[b:end].strip(" .\u00a0")


def title_above(text: str, a: int, b: int) -> tuple[int, int, str, str] | None:
    """(start, end, description, code) of the box title on the line above the paragraph text[a:b]
    that names the person ("Verbatim n°17 — infirmière libérale, Bretagne"), when the paragraph is
    all its line holds; else None. ``code``: the participant code ending the title's head ("Projet
    P4 – 31 ans, …": P4, who wrote it), '' when the head numbers the box only ("Verbatim n°17")."""
    start, _ = _line_bounds(text, a)
    if start == 0 or not fills_paragraph(text, a, b):
        return None
    above_start = text.rfind("\n", 0, start - 1) + 1
    line = text[above_start:start - 1]
    found = title_description(line)
    if found is None:
        return None
    head = line[:found[0]].rstrip(" " + "".join(_separators())).split()
    code = head[-1] if len(head) >= 2 and cv.LABEL_SHAPES["code"].match(head[-1]) else ""
    return above_start + found[0], above_start + found[0] + len(found[1]), found[1], code


def credited_below(text: str, a: int, b: int) -> bool:
    """The paragraph text[a:b] is all its line holds and the line below names who spoke."""
    _, end = _line_bounds(text, a)
    if end >= len(text) or not fills_paragraph(text, a, b):
        return False
    nxt = text.find("\n", end + 1)
    return credit_below(text[end + 1:nxt if nxt >= 0 else len(text)])


def box_tag(lead: str) -> str:
    """The person a box title names in parentheses before a colon, right before a quotation
    ("Verbatim (Dr Lenoir) : « … »", "Témoignage (Mme Perrin) :"); "" when ``lead`` is no such tag."""
    if "(" not in lead:  # the tag's parentheses: a lead without one is no tag
        return ""
    m = _box_tag().match(lead)
    return m.group("who").strip() if m else ""


@cv.per_language_data
def _box_tag() -> re.Pattern:
    titles = cv._flex_alt(cv.language_data().get("quote_box_titles", [])) or "(?!)"
    return re.compile(rf"^\s*(?i:{titles})s?\s*\((?P<who>[^()«»]{{2,60}})\)\s*:\s*$")


def tagged_call(text: str, a: int, call, ctx):
    """A quotation text[a:…] under a box tag naming its speaker ("Verbatim (Dr Lenoir) :", on its
    line or alone on the line above): that person's words, described as the document describes
    them (an attendance list, a participant table) when it does. A call already naming someone
    is kept."""
    from .quotes import QuoteCall

    if call.attrs.get("speaker") or call.attrs.get("person") is not None:
        return call
    who = box_tag(quotation_lead(text, a))
    if not who or not (ctx.knows(who) or cv.LABEL_SHAPES["civility"].match(who)):
        return call  # "Verbatim (extrait) :": no one named
    attrs = ctx.code_attrs(who)
    if attrs["role"] in ("", "inconnu") and call.attrs.get("role") not in (None, "", "inconnu"):
        attrs.update(role_raw=call.attrs.get("role_raw", ""), role=call.attrs["role"])
    return QuoteCall(True, attrs, call.attribution)
