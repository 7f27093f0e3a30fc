"""Participants' codes introduced in a sentence of the methods that enumerates them after a colon,
each with what the person does: "Quatre infirmières ont accepté un entretien : IDE1, infirmière
libérale à Pontarlier depuis douze ans ; IDE2, infirmière libérale à Morteau ; IPA1, infirmière en
pratique avancée …". A legend does the same under a heading word ("Participants :", "Légende :":
discovery.legend_entries); a methods sentence has no such word, so here every entry must open
with a code of the code shape ("IDE1", "P3", "MG-2"), at least two entries, separated by
semicolons.

Session 51: an entry may open with several codes sharing one description ("TUT1, TUT2, infirmières
tutrices"), with a participant word and a number ("Sage-femme 1, libérale, Luzy"; labels.yaml
participant_words: the word gives the trade the description leaves out) or with an abbreviation
in capitals ("IDEC, infirmière coordinatrice de l'EHPAD", "CHE, la chercheuse"), the latter only
when what follows describes a person (an acronym before an institution's name is an abbreviation
list, not a key of people).
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import names_a_trade
from .roles import normalize_role
from .trailing_label_lines import is_author

# the enumeration runs from a colon inside the line to the end of its sentence
SENTENCE_END = re.compile(r"\.\s+(?=[A-ZÉÈÀ])|\.?\s*$")


# the list's conjunction joining two codes of one description (lang/fr grammar.yaml)
_AND = cv.word_forms("list_conjunctions")
# an abbreviation in capitals standing for a person ("IDEC", "FOR", "CHE")
ACRONYM = re.compile(r"[A-ZÉÈ]{2,6}")
NUMBER = re.compile(r"\s*\d{1,3}$")


def _entry(entry: str) -> dict[str, str] | None:
    """label -> description of one entry ("TUT1, TUT2, infirmières tutrices"), None when it opens
    with no label."""
    entry = entry.strip().rstrip(".")
    m = cv.LEGEND_ENTRY.match(entry)
    if m and cv.LABEL_SHAPES["code"].match(m.group("label")) and entry[m.end("label"):].lstrip().startswith(":"):
        return {m.group("label"): m.group("desc").strip()}  # "P1 : médecin généraliste, Ambert"
    fields = [f.strip() for f in entry.split(",")]
    labels = []
    joined = re.split(rf"\s+(?:{_AND})\s+", fields[0]) if fields else []
    if len(joined) > 1 and all(cv.LABEL_SHAPES["code"].fullmatch(j) for j in joined):
        labels, fields = joined, fields[1:]  # "INST-2 et INST-3, conseillers de la CPAM" (s55)
    while fields and (cv.LABEL_SHAPES["code"].fullmatch(fields[0]) or cv.LABEL_SHAPES["numbered"].fullmatch(fields[0])):
        labels.append(fields.pop(0))
    if not labels and fields and ACRONYM.fullmatch(fields[0]):
        labels.append(fields.pop(0))  # (an abbreviation alone: "Sage-femme 2, PMI, …" keeps PMI in the description)
    desc = ", ".join(fields).strip()
    if not labels or not desc or len(desc) > 100:
        return None
    out = {}
    for label in labels:
        if ACRONYM.fullmatch(label) and not (_names_a_person(desc) or moderates(desc)):
            return None
        word = NUMBER.sub("", label)
        # "Sage-femme 1, libérale, Luzy": the label's word is the trade its description leaves out
        if word != label and normalize_role(desc) in ("autre", "inconnu") and normalize_role(word) not in ("autre", "inconnu"):
            out[label] = f"{word} {desc}"
        else:
            out[label] = desc
    return out


def enumerated_codes(texts: list[str]) -> dict[str, str]:
    """code -> description, from the lines that enumerate at least two codes after a colon."""
    out: dict[str, str] = {}
    for text in texts:
        if text.count(";") < 1 or ":" not in text:
            continue
        for colon in re.finditer(r"\s:\s", text):
            rest = text[colon.end():]
            end = SENTENCE_END.search(rest)
            found: dict[str, str] = {}
            entries = rest[:end.start() if end else len(rest)].split(";")
            for entry in entries:
                read = _entry(entry)
                if read is None:
                    found = {}
                    break
                found.update(read)
            # (a numbered code in every entry, as before, or at least two entries each of a person)
            if len(found) >= 2 and len(entries) >= 2:
                for code, desc in found.items():
                    out.setdefault(code, desc)
    return out


# a category and its number as a label, then what the person is: "Acteur institutionnel n°3 : chargé de
# mission …", "Élu n°2 : maire d'une commune …" (the category's words, at most three, "n°" or "no")
NUMBERED_LABEL = re.compile(r"[A-ZÉÈ][\wéèêàâîôûç'’-]*(?:\s+[\wéèêàâîôûç'’-]+){0,2}\s+n[°o]\s?\d{1,3}")
KEY_ENTRY = re.compile(r"^(?P<labels>[^:;]{2,60}?)\s*:\s*(?P<desc>[^:]{3,150})$")
# the range word between the first and the last code of a group ("Ent. 1 à Ent. 3"; lang/fr grammar.yaml)
_RANGE = cv.word_forms("group_range_words")


def _key_labels(labels: str) -> list[str]:
    """The codes a key entry's head names: one ("Élu n°2"), several joined ("Ent. 5 et Ent. 6") or a
    range of one prefix ("Ent. 1 à Ent. 3", "P1 à P4"); [] when the head is no code."""
    labels = labels.strip()
    if NUMBERED_LABEL.fullmatch(labels):
        return [labels]
    parts = re.split(rf"\s+(?:{_AND})\s+|\s*,\s*", labels)
    out = []
    for part in parts:
        r = re.fullmatch(rf"(?P<a>.+?)\s+(?:{_RANGE})\s+(?P<b>.+)", part)
        ends = [r["a"], r["b"]] if r else [part]
        if not all(cv.LABEL_SHAPES["code"].fullmatch(e) or cv.LABEL_SHAPES["numbered"].fullmatch(e) for e in ends):
            return []
        if r:
            a, b = (re.fullmatch(r"(?P<p>.*?)(?P<n>\d{1,3})", e) for e in ends)
            if a is None or b is None or a["p"] != b["p"] or not 0 < int(b["n"]) - int(a["n"]) < 30:
                return []
            width = len(a["n"]) if a["n"].startswith("0") else 0
            out += [f"{a['p']}{n:0{width}d}" for n in range(int(a["n"]), int(b["n"]) + 1)]
        else:
            out.append(part)
    return out


def numbered_key(texts: list[str]) -> dict[str, str]:
    """label -> description from the paragraphs that are only a key of codes, entries "codes :
    description" separated by semicolons, the codes one, several or a range ("Acteur institutionnel
    n°3 : chargé de mission … ; Élu n°2 : maire …", "Ent. 1 à Ent. 3 : infirmières coordinatrices …
    ; Ent. 4 : directrice d'EHPAD"; s55): at least two entries, every one of that shape, and one
    description at least naming a role."""
    out: dict[str, str] = {}
    for text in texts:
        if text.count(";") < 1 or ":" not in text:
            continue
        entries = [e.strip().rstrip(".") for e in text.split(";")]
        found = []
        for k, e in enumerate(entries):
            m = KEY_ENTRY.match(e)
            labels = _key_labels(m.group("labels")) if m else []
            if not labels:
                # (the line's last entry may be cut where a label opens the next line, "… ; EC-1 et" / "EC-2 : …")
                found = found if k == len(entries) - 1 and k >= 2 else []
                break
            found.append((labels, m.group("desc").strip()))
        if len(found) >= 2 and any(normalize_role(d) not in ("autre", "inconnu") for _, d in found):
            for labels, desc in found:
                for label in labels:
                    out.setdefault(label, desc)
    return out


def _words(desc: str) -> list[str]:
    return re.sub(r"^(?:la|le|les|l['’])\s*", "", desc.strip(), flags=re.I).split()


def _names_a_person(desc: str) -> bool:
    """A description opening with a person's word ("infirmière coordinatrice …", "formatrice de
    l'IFSI"), not an institution's ("agence régionale de santé")."""
    words = _words(desc)
    return bool(words) and (bool(cv.PERSON_WORDS.search(words[0])) or names_a_trade(words[0])) \
        and not normalize_role(words[0]).startswith("institutionnel")


def moderates(desc: str) -> bool:
    """A key's description of the one who asks and nothing else ("la chercheuse", "l'enquêtrice",
    "moi-même")."""
    words = _words(desc)
    # "l'étudiante (moi)": the one who asks, the writer saying it is her
    if len(words) == 2 and is_author(words[0]) and re.fullmatch(r"\((.+)\)", words[1]) and is_author(words[1][1:-1]):
        return True
    return len(words) == 1 and is_author(words[0])
