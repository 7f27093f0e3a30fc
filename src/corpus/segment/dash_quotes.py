"""Paragraph-long quotations opened by a dash instead of guillemets: "— On n'avait pas de
masques, pas de consignes, rien. (I12, infirmière libérale)", or the same under "Une pharmacienne
explique :". The rules read such a paragraph as a quotation in « »: its dash and space become
"« " (two characters for two) and the space before the parenthesis that closes it, or else its
final period, becomes "»";
no offset moves and the segments keep the document's text. What the quotation is (someone's
words, a citation, an instruction) is then decided as for any quotation in « ».

A dash paragraph is read so only when it is long (``dash_quote_min_words``), no quotation mark
opens inside it, no other dash item runs on in it, and either a parenthesis naming a person
closes it (a numbered code, a description of a person; not an acronym or an author and a year),
or stands alone on the line below it (seggen9), or the line
above ends with a colon and no dash paragraph touches it; and never in a document where two dash
paragraphs follow each other without sources (a dialogue, an interview set in dashes: their
dashes are turns). dash_incises.py reads "— …, glisse Marie Payet." itself.
Words: lang/fr/dash_quotes.yaml."""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import counted_profile, describes_person, description_fields
from .base import n_words
from .framed_quotes import credit_below, title_description

CLOSING_PARENTHESIS = re.compile(r"\s\((?P<inner>[^()]{2,150})\)\s*\.?\s*$")
OWN_LINE_PARENTHESIS = re.compile(r"\((?P<inner>[^()]{2,150})\)\s*\.?")  # a source alone on the line below (seggen9)


def names_a_person(inner: str) -> bool:
    """A parenthesis that names who speaks: a code with a number ("I12, infirmière", "P3"), a
    description of a person ("infirmière libérale, Gironde"), or a first name before one
    ("Mathilde, infirmière libérale, pays de Caux"); not an acronym, a comment, an author and a
    year."""
    fields = description_fields(inner)
    if not fields or cv.AUTHOR_YEAR.search(", ".join(fields)):
        return False
    coded = cv.PAREN_CODE.match(inner.strip())
    if coded and re.search(r"\d", coded.group("code")):
        return True
    rest = ", ".join(fields[1:])
    return describes_person(inner) or bool(rest and fields[0][:1].isupper() and describes_person(rest)) \
        or counted_profile(inner)  # "Gérard, 40 ruches, Vatan"


def _sourced(line: str) -> bool:
    closing = CLOSING_PARENTHESIS.search(line)
    return bool(closing and names_a_person(closing.group("inner")))


def _has_dialogue(lines: list[str], dashes: tuple) -> bool:
    """Two dash paragraphs in a row, one of them with no source: a dialogue, an interview in
    dashes."""
    # a signature after a dash ("– Patiente, 67 ans, Basse-Terre") credits the quotation above it
    dashed = [ln.lstrip().startswith(dashes) and not credit_below(ln) for ln in lines]
    return any(dashed[k] and dashed[k + 1] and not (_sourced(lines[k]) and _sourced(lines[k + 1]))
               for k in range(len(lines) - 1))


def framed(above: str, below: str) -> bool:
    """A box title above names the person, or the line below credits the quotation (a source
    line, a signature): segment/framed_quotes.py (seggen10)."""
    return title_description(above) is not None or credit_below(below)


def fold_dash_quotes(text: str) -> str:
    """text with each dash-opened quotation paragraph read as one in « » (same length)."""
    dashes = tuple(f"{d} " for d in cv.DATA.get("quote_dashes", []))
    if not dashes or not any(d in text for d in dashes):
        return text
    min_words = int(cv.DATA.get("dash_quote_min_words", 8))
    lines = text.split("\n")
    if _has_dialogue(lines, dashes):
        return text  # a document with a dash dialogue: its dashes are turns (alternating_dashes.py)
    out = list(lines)
    for k, line in enumerate(lines):
        body = line.lstrip()
        if not body.startswith(dashes) or n_words(body) < min_words or re.search(r"[«»“”\"]", body):
            continue
        lead = len(line) - len(body)
        closing = CLOSING_PARENTHESIS.search(line)
        # a date is no citation ("(Anne, mai 2022)"): the fields read as attribution fields
        if any(f" {d.strip()} " in body[2:] for d in dashes):
            continue  # list items extraction ran together: "– pilotage … – 5 maisons de santé (MSP)"
        if closing and names_a_person(closing.group("inner")):
            cut = closing.start()  # the space before the parenthesis closes the quotation
            out[k] = line[:lead] + "« " + line[lead + 2:cut] + "»" + line[cut + 1:]
            continue
        above = lines[k - 1].rstrip() if k else ""
        below = lines[k + 1].lstrip() if k + 1 < len(lines) else ""
        stripped = line.rstrip()
        source_below = OWN_LINE_PARENTHESIS.fullmatch(below.rstrip())  # "(médecin généraliste, groupe de Thiers)"
        if (above.endswith(":") and not above.lstrip().startswith(dashes) and not below.startswith(dashes)
                or source_below and names_a_person(source_below.group("inner"))
                or framed(above, below)) and stripped.endswith((".", "…")):
            end = len(stripped) - 1
            out[k] = line[:lead] + "« " + line[lead + 2:end] + "»" + line[end + 1:]
    return "\n".join(out)
