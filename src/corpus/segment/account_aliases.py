"""Display names the document maps to people (issue #14, session 53): a messaging group's or a
meeting tool's material names its speakers by their accounts ("Sandrine IDEL", "Pharmacie Ludo",
"iPhone de Julie"), and the author says whose they are, in a list ("Sandrine Grondin, infirmière
libérale à Saint-Louis (« Sandrine IDEL »)") or a sentence ("Le compte « iPhone de Julie » était
celui de Julie Mercier, infirmière libérale à Divonne-les-Bains"). A turn under such a display name
is that person's: ``aliases`` maps the display name to (the person's name, the description).
The sentence forms are lang/fr/account_aliases.yaml."""

from __future__ import annotations

import re

from . import conventions as cv

# a person's name: an optional title, then two to four capitalised words (particles between)
PERSON = (r"(?:(?:Dr|Docteur|Pr|M\.|Mme|Mlle|Me)\s+)?[A-ZÉÈÀÂÎÔ][\w’'-]+(?:\s+(?:de|du|d['’]|le|la|van|von)?\s*[A-ZÉÈÀÂÎÔ][\w’'-]+){1,3}")
# "Name, description (« Alias »)": the description runs to the parenthesis, no other name or list mark in it
LISTED = re.compile(rf"(?P<name>{PERSON})(?:\s*,\s*(?P<desc>[^;:()«»\n]{{2,140}}?))?\s*\(\s*«\s*(?P<alias>[^«»()]{{1,40}}?)\s*»\s*\)")


@cv.per_language_data
def _sentences() -> tuple[re.Pattern, re.Pattern]:
    d = cv.language_data().get("account_aliases") or {}
    before = "|".join(d.get("account_before_name", [])) or "(?!)"
    links = "|".join(d.get("account_links", [])) or "(?!)"
    registered = "|".join(d.get("registered_as", [])) or "(?!)"
    return (re.compile(rf"(?:{before})«\s*(?P<alias>[^«»]{{1,40}}?)\s*»\s+(?:{links})\s+(?P<name>{PERSON})"
                       rf"(?:\s*,\s*(?P<desc>[^.;:()«»\n]{{2,140}}))?", re.IGNORECASE),
            re.compile(rf"(?P<name>{PERSON})(?:\s*,\s*(?P<desc>[^;:()«»\n]{{2,140}}?))?\s*,?\s+(?:{registered})\s*"
                       rf"«\s*(?P<alias>[^«»()]{{1,40}}?)\s*»"))


def aliases(texts: list[str]) -> dict[str, tuple[str, str]]:
    """display name -> (the person's name, what the document says of them), in text order; a
    display name given to two people is nobody's."""
    out: dict[str, tuple[str, str]] = {}
    seen_twice: set[str] = set()
    for text in texts:
        if "«" not in text:
            continue
        for pat in (LISTED, *_sentences()):
            for m in pat.finditer(text):
                alias, name = " ".join(m.group("alias").split()), " ".join(m.group("name").split())
                if alias == name:
                    continue
                found = (name, " ".join((m.group("desc") or "").split()))
                if alias in out and out[alias][0] != name:
                    seen_twice.add(alias)
                out.setdefault(alias, found)
    return {k: v for k, v in out.items() if k not in seen_twice}


# a telephone number as a display name, masked or not ("+262 692 ** ** 41", "06 12 34 56 78")
PHONE = re.compile(r"^\+?\d[\d\s*xX.()-]{7,}$")


def unnamed_account(name: str) -> bool:
    """A display name that is a telephone number: the export knows no one's name for it."""
    return bool(PHONE.match(name.strip())) and sum(c.isdigit() for c in name) >= 4

