"""The people a meeting record or a programme lists once, after a heading word and a colon, each
a name, a comma and what they do, the entries separated by semicolons ("Présents : Dr Lenoir,
médecin généraliste, président ; Mme Perrin, pharmacienne titulaire à Saint-Dié ; …"). The names
then label the turns or tag the quotes ("Verbatim (Dr Lenoir) : « … »"): each is a participant
(discovery.Context) whom the entry describes; an entry naming no place is where the list's places
are, when they all lie in one région (a committee of one territory).

A name is a civility and a name ("Dr Lenoir", "Mme Perrin") or two or three capitalised words
("Patrick Sabayo"); an entry whose description names no function nor person is no one's
("Lieu : salle du conseil"). Words: lang/fr/attendance_lists.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describes_person
from .roles import normalize_role

_data = cv.language_data

NAME = r"[A-ZÉÈ][\w'’-]+"


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern]:
    d = _data()
    # (a heading may say for whom the people sit: "Présents pour la direction :")
    qualifiers = cv._flex_alt(d.get("attendance_heading_qualifiers", [])) or "(?!)"
    head = re.compile(rf"^\s*(?i:{cv._flex_alt(d.get('attendance_headings', [])) or '(?!)'})"
                      rf"(?:\s+(?i:{qualifiers})(?:\s+[\w'’-]+){{1,3}}?)?\s*:\s*")
    civility = cv._flex_alt(d.get("civilities", [])) or "(?!)"
    # (a short parenthesis after the name says whom the person belongs to: "Mme Le Bihan (CGT),
    # infirmière de bloc", a union's or a group's member; it is not part of the name)
    # (s47: or initials alone before what they do in parentheses, "C. (infirmier)", "M.-L. (assistante
    # sociale)": a supervision's or a staff meeting's notes keep the names out)
    entry = re.compile(rf"^(?P<name>(?:(?P<civ>{civility})\.?\s+{NAME}(?:\s{NAME})?)|{NAME}(?:\s{NAME}){{1,2}}"
                       rf"|{cv.DOTTED_INITIALS}(?=\s*\([^()«»;]{{3,160}}\)))"
                       r"(?:(?:\s*\([^()]{1,25}\))?\s*,\s*(?P<desc>[^;«»]{3,160}?)"
                       # s33-segr57b: or what they do in parentheses ("Pierre Lhomme (vétérinaire, Salbris)")
                       r"|\s*\((?P<pdesc>[^()«»;]{3,160})\))\s*\.?\s*$")
    return head, entry


def attendance_list(text: str) -> dict[str, str]:
    """name -> description of each entry of a list of people present; {} when ``text`` is none."""
    head, entry = _patterns(id(_data()))
    m = head.match(text)
    if m is None:
        return {}
    found, titled = {}, {}
    rest = text[m.end():]
    parts = rest.split(";")
    if len(parts) == 1:
        # entries of initials separated by commas, each closing on its parenthesis ("C. (infirmier),
        # M.-L. (assistante sociale), J. (psychologue)"); names so listed are left to the other readers
        # (a meeting's notes list them so without their words being quoted: round 24's negative)
        initialled = _PARENTHESISED_ENTRIES.split(rest)
        if len(initialled) >= 2 and all(_INITIALS_ENTRY.match(p.strip()) for p in initialled):
            parts = initialled
    for part in _joint_entries(parts):
        e = entry.match(part.strip())
        closed = None if e is not None else _LIST_END.search(part.strip())
        if closed is not None:
            # the list's last entry closed by a period before the paragraph's next sentence ("…
            # Jérôme Lebreton (pharmacien titulaire, Mayet). Modératrice : l'auteure ; …"): the
            # entry, and the list ends there
            e = entry.match(part.strip()[:closed.start()])
        if e is None:
            if closed is not None:
                break
            continue
        desc = (e.group("desc") or e.group("pdesc")).strip()
        if describes_person(desc) or normalize_role(desc) not in ("autre", "inconnu"):
            found[e.group("name")] = desc
        elif e.group("civ"):
            titled[e.group("name")] = desc  # "Mme Rault, agent de stérilisation": a trade outside the vocabulary
        if closed is not None:
            break
    if len(found) < int(_data().get("attendance_min_entries", 2)):
        return {}
    # (in a list the others vouch for, a person titled by a civility is one whatever they do)
    return {**found, **titled}


def _joint_entries(parts: list[str]) -> list[str]:
    """The entries, one naming two people who share a description split in two ("Mme Aurélie Roy et
    M. Damien Charrier, représentants des parents d'élèves": each with the description, s41)."""
    conjunctions = cv.word_forms("list_conjunctions")
    out = []
    for part in parts:
        names, comma, desc = part.partition(",")
        both = re.split(rf"\s+(?:{conjunctions})\s+", names.strip()) if comma else [names]
        if len(both) == 2 and all(re.fullmatch(rf"(?:[A-Z][a-z]{{0,3}}\.?\s+)?{NAME}(?:\s{NAME}){{0,2}}", n) for n in both):
            out.extend(f"{n}, {desc.strip()}" for n in both)
        else:
            out.append(part)
    return out


# a comma between two entries that each close on their parenthesis, the next opening with a capital
_PARENTHESISED_ENTRIES = re.compile(r"(?<=\))\s*,\s*(?=[A-ZÉÈ])")
_INITIALS_ENTRY = re.compile(rf"{cv.DOTTED_INITIALS}\s*\(")
# a sentence's end inside a paragraph: not the period of a civility ("M. Riou", "Dr. Lenoir")
_SENTENCE_END = re.compile(r"(?<=\w{3})\.\s+(?=[A-ZÉÈ])")
# the end of a list's last entry inside its paragraph: a period after a word or a closing parenthesis
# ("… (pharmacien titulaire, Mayet). Modératrice : …"), not a civility's
_LIST_END = re.compile(r"(?:(?<=\w{3})|(?<=\)))\.\s+(?=[A-ZÉÈ])")


def _lists(texts: list[str]) -> list[str]:
    """The texts, a paragraph holding several lists ("Présents pour la direction : … . Élus
    titulaires : …") cut before each later list's heading."""
    head, _ = _patterns(id(_data()))
    out = []
    for text in texts:
        cuts = [m.end() for m in _SENTENCE_END.finditer(text) if head.match(text[m.end():])] \
            if text.count(":") >= 2 and ";" in text else []
        bounds = [0, *cuts, len(text)]
        out.extend(text[x:y].strip() for x, y in zip(bounds, bounds[1:]))
    return out


def attendance_lists(texts: list[str], gazetteer=None) -> dict[str, tuple[str, tuple[str, str]]]:
    """name -> (description, (région, place)) of the people of the document's attendance lists;
    an entry without a place of its own takes the list's one région."""
    from .document_places import short_names
    from .regions import resolve_region

    out: dict[str, tuple[str, tuple[str, str]]] = {}
    for text in _lists(texts):
        people = attendance_list(text)
        if not people:
            continue
        own = {name: resolve_region(desc, gazetteer) if gazetteer is not None else ("", "")
               for name, desc in people.items()}
        shared = ("", "")
        if gazetteer is not None and gazetteer.communes is not None:
            # "Mme Perrin, pharmacienne titulaire à Saint-Dié" (Saint-Dié-des-Vosges): a short name
            # of one région only (place_forms.yaml short_name_joins)
            from .regions import REGIONS_2016

            for name, desc in people.items():
                if not own[name][0]:
                    found = short_names(desc, gazetteer, set(REGIONS_2016), {})
                    if found:
                        own[name] = next(iter(found.values()))
            regions = {r for r, _ in own.values() if r}
            if len(regions) == 1:
                shared = next(p for p in own.values() if p[0])
        for name, desc in people.items():
            out.setdefault(name, (desc, own[name] if own[name][0] else shared))
    for name, desc in member_rows(texts).items():
        # "| 3 – Organisations professionnelles | M. Julien Texier | SSIAD du Pays de Joinville, infirmier
        # coordinateur |": a table of members, one row each (s51)
        out.setdefault(name, (desc, resolve_region(desc, gazetteer) if gazetteer is not None else ("", "")))
    return out


def member_rows(texts: list[str]) -> dict[str, str]:
    """name -> what the row says of the person, for the rows of a table of members whose cell holds
    a civility and a full name ("| 2 – Institutions | Mme Sabine Loriot | Agence régionale de santé …,
    responsable du pôle autonomie |"): the cells after the name; {} unless two rows or more are so
    and each describes a person."""
    civility = cv._flex_alt(_data().get("civilities", [])) or "(?!)"
    name = re.compile(rf"^(?:{civility})\.?\s+{NAME}(?:\s+{NAME}){{1,2}}$")
    out: dict[str, str] = {}
    for text in texts:
        if not text.lstrip().startswith("|"):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        at = next((k for k, c in enumerate(cells) if name.match(c)), None)
        if at is None or at + 1 >= len(cells):
            continue
        desc = ", ".join(c for c in cells[at + 1:] if c)
        if desc and len(desc) <= 200 and (describes_person(desc) or describes_person(desc.split(",")[-1].strip())):
            out.setdefault(cells[at], desc)
    return out if len(out) >= 2 else {}


def attendance_texts(texts: list[str]) -> list[str]:
    """The lines that open with an attendance heading ("Présents : …"), whatever their entries."""
    head, _ = _patterns(id(_data()))
    return [t for t in texts if head.match(t)]


def listed_as_written(label: str, listed: list[str]) -> bool:
    """Whether a turn's label is written as an entry of a list of those present ("Jacqueline M. :"
    under "Présents : Henri B. (référent), Jacqueline M., Marcel T., …": members a record names by
    first name and initial; s51)."""
    pattern = re.compile(rf"(?:[:;,]\s*){re.escape(label)}(?=\s*(?:[,;.(]|$))")
    return any(pattern.search(t) for t in listed)
