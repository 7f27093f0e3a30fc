"""Interview words WITHOUT quotation marks, in roman, closed by the speaker's profile in parentheses.

"On part à trois dans le véhicule, … mais qui d'autre viendrait ? (Joël, 46 ans, sapeur-pompier
volontaire depuis 1998, maçon)": sociology articles and theses set long quotations as paragraphs of
their own, without guillemets (the indentation is lost to the extraction) and close each with the
informant's profile: a pseudonym or a code, then fields that describe the person (an age, a trade,
a place). Later paragraphs may close on the pseudonym alone ("… on s'adapte. (Laurent)"). The
paragraph is a quotation of that person when:
- it ends with a sentence's end and a parenthesis of ``min_fields`` to ``max_fields`` fields whose
  first is a name or a code and whose others describe a person (an age, a trade), no year (a
  literature reference, "(Vidal, 2015, p. 88)", has a field of its own for it); or with a name alone that such a
  profile gave earlier, or the codes in parentheses or brackets of participants the document
  describes ("… on ne la regarde plus. [E9 et E10]");
- its words (at least ``min_words``) speak (first person, oral markers) and hold no quotation mark;
- the document closes at least ``min_paragraphs`` paragraphs so (a convention, not a stray line).
The parenthesis itself is read by the quotation's attribution (quotes.classify_quote), as for an
italic block quote. Settings: lang/fr/closing_profiles.yaml.

Session 51: the profile may stand on the line below the words, after a dash, as memoirs set an
indented extract and sign it ("… qu'on n'est que deux sur le cabinet." then "— Infirmière
libérale, 38 ans, Eymoutiers"): ``dash_signed_paragraphs`` gives such roman paragraphs to the attribution
line under them, on the same conditions (no quotation mark, a convention of at least
``min_paragraphs`` paragraphs that speak in the document).
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import describes_person
from .base import TextLine, n_words
from .roles import unidentified
from .run_in_profiles import QUOTES

DEFAULTS = {"min_fields": 2, "max_fields": 6, "min_words": 12, "min_paragraphs": 2, "max_inner_quote_words": 8}
# the words, their sentence's end, the parenthesis closing the paragraph
# (a bracket of codes may follow words a transcript leaves unpunctuated: "… avec dix-huit toilettes
# euh on n'a pas le temps d'expliquer [TUT2]")
CLOSING = re.compile(r"(?:(?<=[.!?…])\s*\((?P<inner>[^()\n]{2,150})\)|(?<=[\w.!?…])\s*\[(?P<code>[^\[\]\n]{1,40})\])\s*\.?\s*$")
# where in the recording the words are, after the code: "[E1, 00:12:40]", "[E3, l. 12-15]"
LOCATOR = re.compile(r"\s*,\s*(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\s?h\s?\d{2}|l\.\s*\d+(?:\s*[-–]\s*\d+)?|p\.\s*\d+)\s*$")
# codes joined in a bracket ("[E9 et E10]", "[E2, E4]")
CODE_JOIN = re.compile(r"\s*(?:,|\bet\b|&|\+)\s*")
# a first field that names someone: a capitalised name (one or two words) or a code ("E7", "IDE3")
NAME_FIELD = re.compile(r"^(?:[A-ZÉÈÀÂÎÔ][a-zéèêëïîôûçà]+(?:[- ][A-ZÉÈ][a-zéèêëïîôûçà]+)?|[A-ZÉ]{1,4}\s?\d{1,3})$")
# a literature reference's field: a year alone ("2015", "2015a") or a page ("p. 88")
REFERENCE_FIELD = re.compile(r"^(?:(?:1[89]|20)\d\d[a-z]?|pp?\.\s*\d.*)$")


def settings() -> dict:
    return {**DEFAULTS, **(cv.language_data().get("closing_profiles") or {})}


def closing_name(inner: str, s: dict) -> str | None:
    """The name or code a closing parenthesis gives with the person's profile ("Joël, 46 ans,
    sapeur-pompier volontaire") , else None."""
    fields = [f.strip() for f in inner.split(",")]
    if not s["min_fields"] <= len(fields) <= s["max_fields"] or not all(fields) \
            or any(REFERENCE_FIELD.match(f) for f in fields):
        return None
    if not NAME_FIELD.match(fields[0]) or not describes_person(", ".join(fields[1:])):
        return None
    return fields[0]


def _known_codes(inner: str, knows) -> bool:
    """A bracket of participants' codes the document describes ("[E3]", "[E9 et E10]")."""
    codes = [c for c in CODE_JOIN.split(inner.strip()) if c]
    return bool(codes) and knows is not None and all(knows(c) for c in codes)


def closed_lines(lines: list[TextLine], knows=None) -> dict[int, tuple[int, bool, str]]:
    """Line index -> (length of the words before the closing parenthesis, whether they open in the
    paragraph above, the codes when several close them, else ''), for the document's roman
    paragraphs whose unquoted words a profile (or a name a profile gave) closes; none when fewer
    than ``min_paragraphs`` paragraphs are closed by a profile."""
    s = settings()
    names: set[str] = set()
    closing: dict[int, tuple[int, str]] = {}
    for ln in lines:
        m = CLOSING.search(ln.text)
        if m is None:
            continue
        if m.group("code") is not None:
            # "… on ne la regarde plus. [E9 et E10]": the codes of the participants table
            codes = LOCATOR.sub("", m.group("code"))
            if _known_codes(codes, knows):
                closing[ln.index] = (m.start(), codes.strip())
            continue
        name = closing_name(m.group("inner"), s)
        if name is not None:
            names.add(name)
            closing[ln.index] = (m.start(), name)
        elif m.group("inner").strip() in names or _known_codes(m.group("inner"), knows):
            closing[ln.index] = (m.start(), m.group("inner").strip())
    if len(closing) < s["min_paragraphs"]:
        return {}
    out = {}
    by_index = {ln.index: ln for ln in lines}
    for ln in lines:
        if ln.index not in closing:
            continue
        cut, _ = closing[ln.index]
        words = ln.text[:cut]
        if n_words(words) >= s["min_words"] and not quoting(words, s) and cv.SPOKEN.search(words):
            above = by_index.get(ln.index - 1)
            # the words may open in the paragraph above, unclosed, in the first person singular
            # ("Ce qui me retient, c'est l'équipe … Seule, je serais repartie …")
            runs_on = above is not None and above.index not in closing and _continues(above.text, s)
            codes = closing[ln.index][1]
            out[ln.index] = (cut, runs_on, codes if len([c for c in CODE_JOIN.split(codes) if c]) > 1 else "")
    return out


INNER_QUOTE = re.compile(r"[«“\"]([^«»“”\"]*)[»”\"]")


def quoting(words: str, s: dict) -> bool:
    """The words quote rather than speak: they open with a quotation mark, or hold a quotation
    longer than ``max_inner_quote_words`` (an informant may report a short phrase inside their
    words: "… qu'avec « elle n'est pas bien ». (IDEL 3, 29 ans, rural)")."""
    t = words.strip()
    if not any(q in t for q in QUOTES):
        return False
    if t.startswith(tuple(QUOTES)):
        return True
    inner = INNER_QUOTE.findall(t)
    outside = INNER_QUOTE.sub("", t)
    return not inner or any(q in outside for q in QUOTES) or any(n_words(q) > s["max_inner_quote_words"] for q in inner)


def _continues(text: str, s: dict) -> bool:
    t = text.strip()
    return n_words(t) >= s["min_words"] // 2 and not any(q in t for q in QUOTES) and not t.endswith(":") \
        and bool(cv.SINGULAR.search(t)) and t[-1:] in ".!?…"


def closed_passages(group: list[TextLine], found: dict[int, tuple[int, bool, str]], a: int) -> dict[tuple[int, int], str]:
    """(start, end) relative to ``a`` of the group's closed paragraphs' words (from the paragraph
    above when they open there) -> the participants' codes when several close them (a joint
    answer), else ''."""
    out = {}
    for k, ln in enumerate(group):
        if ln.index in found:
            cut, runs_on, joint = found[ln.index]
            first = group[k - 1] if runs_on and k > 0 and group[k - 1].index == ln.index - 1 else ln
            lead = len(first.text) - len(first.text.lstrip())
            out[(first.start + lead - a, ln.start + cut - a)] = joint
    return out


def joint_attrs(codes: str) -> dict:
    """A joint answer's attributes ("[E9 et E10]"): no single speaker, the role unknown (ANNOTATION.md)."""
    return {"speaker": "", "role_raw": codes, "role": "inconnu", "region": "", "place": "", "attr_source": "attribution"}


def named_again(attrs: dict, earlier: list[dict]) -> dict:
    """The attributes of a quotation closed by a name alone ("(Laurent)") completed from the last
    earlier quotation of that name with a profile: the same person, described once."""
    name = attrs.get("speaker", "")
    if not name or attrs.get("role_raw", "") not in ("", name):
        return attrs
    found = next((e for e in reversed(earlier) if e.get("speaker") == name and e.get("role_raw", "") not in ("", name)), None)
    if found is None:
        return attrs
    return {**attrs, **{k: found[k] for k in ("role_raw", "role", "region", "place") if k in found}}


def loose_signatures(lines: list[TextLine], attributions) -> dict[int, str]:
    """{line index: description} of the dash-led lines no attribution reader took that still sign
    someone by an age ("— Fille d'une patiente accompagnée jusqu'au décès, 61 ans, Augne") or as
    a voice no one identified ("— Voix masculine depuis la pièce voisine"): candidates of
    ``dash_signed_paragraphs``, never attributions of a quotation on their own."""
    out = {}
    for ln in lines:
        if ln.index in attributions or len(ln.text) > 160:
            continue
        d = cv.DASH_LINE.match(ln.text.strip())
        if d is None:
            continue
        rest = d.group("rest").strip()
        if any(cv.AGE_FIELD.match(f.strip()) for f in rest.split(",")[1:]) or unidentified(rest):
            out[ln.index] = rest
    return out


def dash_signed_paragraphs(lines: list[TextLine], lone: set[int]) -> dict[int, int]:
    """{paragraph line index: attribution line index} for the roman paragraphs of unquoted words
    right above a dash-led attribution line (``lone``: those that close no quotation); none unless
    the document signs at least ``min_paragraphs`` paragraphs that speak (first person, oral
    markers) so. Where it does, a signed paragraph in the third person is the convention's too
    ("Elle, elle voulait mourir ici, c'est tout." over "— Voix masculine …")."""
    s = settings()
    by_index = {ln.index: ln for ln in lines}
    out, spoken = {}, 0
    for a in sorted(lone):
        above = by_index.get(a - 1)
        if above is None or above.index in lone:
            continue
        words = above.text.strip()
        # (a gloss in brackets may close the words: "… pèsonn. [Quand la pluie tombe, personne ne monte.]")
        if n_words(words) >= s["min_words"] and not any(q in words for q in QUOTES) and not words.endswith(":") \
                and words.rstrip(")]")[-1:] in ".!?…":
            out[above.index] = a
            spoken += bool(cv.SPOKEN_OR_ASKED.search(words))
    return out if spoken >= s["min_paragraphs"] else {}
