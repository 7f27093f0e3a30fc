"""Direct speech without quotation marks after a person takes the floor ("Le Dr Hoarau prend la
parole : Depuis la crise sanitaire, nous …"): minutes of meetings write the words so. The span
from the first word after the colon to the end of the paragraph is read like a quotation; the
lead-in ("Le Dr Hoarau prend la parole : ") attributes it as any lead-in does.

Only when the sentence opens with a civility and a capitalised name (civilities of
lang/fr/labels.yaml), the verb phrase is one of ``floor_taking_verbs``
(lang/fr/unquoted_speech.yaml), a capital opens the words, and the paragraph holds no quotation
of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .roles import normalize_role

# the article before a civility, capitalised at a sentence's start ("La Dre …", "le Pr …"):
# lang/fr grammar.yaml definite_articles
_ARTICLES = f"{cv.word_forms('definite_articles', case='first')}|{cv.word_forms('definite_articles')}"
_LEADING_ARTICLE = re.compile(rf"^(?:{_ARTICLES})\s+")


@lru_cache(maxsize=4)
def _lead(key: int) -> re.Pattern | None:
    data = cv.language_data()
    verbs = cv._flex_alt(data.get("floor_taking_verbs", []))
    civ = cv._flex_alt(data.get("civilities", []))
    if not verbs or not civ:
        return None
    name = r"[A-ZÉÈ][\wéèêëïîôûç'’-]+(?:\s+[A-ZÉÈ][\wéèêëïîôûç'’-]+){0,2}"
    return re.compile(rf"(?:^|(?<=[.!?]\s))(?:(?:{_ARTICLES})\s+)?(?:{civ})\.?\s+{name}\s+(?:{verbs})\s*:\s+(?=[A-ZÉÈÀÇ])",
                      re.MULTILINE)


@lru_cache(maxsize=8)
def _coded_lead(key: int, ahead: bool = True) -> re.Pattern:
    """A sentence naming a participant by a number-marked code ("Pour l'IPA n°2, installée …, la
    question est tranchée : ", "L'IPA n°4 nuance ce constat à Rodez : ") before a colon, the words
    after it opening in the first person ("je ne fais pas …", "moi je reçois …")."""
    data = cv.language_data()
    marks = cv.literal_alternation(data.get("number_code_marks", [])) or "(?!)"
    intro = cv._flex_alt(data.get("introducers", [])) or "(?!)"
    first = "|".join(re.escape(w) + ("" if w.endswith(("'", "’")) else r"(?![\w’'-])")
                     for w in data.get("unquoted_first_person", [])) or "(?!)"
    # "L'IPA n°4", "la MG 2": an article, its first letter in either case
    articles = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}"
                        for w in sorted(set(data.get("unquoted_code_articles", [])), key=lambda w: (-len(w), w))) or "(?!)"
    return re.compile(rf"(?:^|(?<=[.!?]\s))(?:(?:{intro})\s+)?(?:(?:{articles})\s*)?"
                      rf"(?P<abbr>[A-ZÉ]{{2,6}})\s?(?:{marks})\s?(?P<num>\d{{1,3}})(?![\w-])[^:«»“”\n]{{0,140}}?:\s+"
                      + (rf"(?=(?:\S+\s+)?(?:{first}))" if ahead else ""), re.MULTILINE)


@lru_cache(maxsize=4)
def _recorded_lead(key: int) -> re.Pattern:
    """A paragraph opening with the medium a participant's words were recorded in, their code, a
    date or a time, and a colon ("Note vocale de K1, 22/03, 19 h 40 : j'ai eu …", "SMS de P4 :
    on …", "Courriel de l'IDE 3, 12 mai : je …"), the words after it opening in the first person
    (segfix50; the media are attributions.yaml ``recording_media``)."""
    data = cv.language_data()
    media = cv._flex_alt(data.get("recording_media", [])) or "(?!)"
    first = "|".join(re.escape(w) + ("" if w.endswith(("'", "’")) else r"(?![\w’'-])")
                     for w in data.get("unquoted_first_person", [])) or "(?!)"
    articles = "|".join(re.escape(w) for w in data.get("unquoted_code_articles", [])) or "(?!)"
    return re.compile(rf"^(?i:{media})\s+(?:de\s+|d['’]\s*)(?:(?i:{articles})\s*)?"
                      rf"(?P<code>[A-ZÉ][\w.-]{{0,12}}(?:\s?\d{{1,3}})?)(?![\w-])[^:«»“”\n]{{0,60}}?:\s+"
                      rf"(?=(?:\S+\s+)?(?i:{first}))", re.MULTILINE)


def recorded_lead(lead_in: str) -> str | None:
    """The participant code of a recorded lead-in ("Note vocale de K1, 22/03, 19 h 40 : ") ending
    ``lead_in`` (with at most the first letter of the words), or None."""
    m = None
    for m in _recorded_lead(id(cv.language_data())).finditer(lead_in + " je"):
        pass
    return m.group("code") if m and len((lead_in + " je")[m.end():].strip()) <= 4 else None


def coded_lead(lead_in: str) -> str | None:
    """The participant code ("IPA 2") of a coded lead-in ending ``lead_in`` (with at most the
    first letter of the words), or None."""
    m = None
    for m in _coded_lead(id(cv.language_data()), False).finditer(lead_in):
        pass
    return f"{m.group('abbr')} {m.group('num')}" if m and len(lead_in[m.end():].strip()) <= 1 else None


def unquoted_speech(chunk: str, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) in ``chunk`` of each passage of words given without quotation marks after a
    floor-taking lead-in, or a participant's code and a colon before words in the first person,
    up to the end of its paragraph (a line)."""
    lead = _lead(id(cv.language_data()))
    if lead is None:
        return []
    out = []
    found = sorted([*lead.finditer(chunk), *_coded_lead(id(cv.language_data())).finditer(chunk),
                    *_recorded_lead(id(cv.language_data())).finditer(chunk)], key=lambda m: m.start())
    for m in found:
        end = chunk.find("\n", m.end())
        end = len(chunk) if end < 0 else end
        line_start = chunk.rfind("\n", 0, m.start()) + 1
        if any(line_start <= a < end for a, _ in quotes):
            continue  # the paragraph quotes its words: the quotation is the speech
        text_end = len(chunk[:end].rstrip())
        if text_end > m.end():
            out.append((m.end(), text_end))
    return out


def floor_speaker(lead_in: str, texts: list[str], gazetteer, ctx=None) -> dict | None:
    """Attrs of the person a floor-taking lead-in names ("Le Dr Hoarau prend la parole : "): the
    full name and description a list of those present gives ("Dr Jean-Claude Hoarau, psychiatre,
    …") when one line so names that surname, else the name as the lead-in writes it."""
    from .attributions import describe

    recorded = recorded_lead(lead_in)
    if recorded is not None and ctx is not None and ctx.knows(recorded):
        return ctx.code_attrs(recorded)  # "Note vocale de K1, 22/03 : …": the code the study gives
    if recorded is not None:
        return {"speaker": recorded, "role_raw": "", "role": "inconnu", "region": "", "place": "",
                "attr_source": "attribution"}
    code = coded_lead(lead_in)
    if code is not None:  # "L'IPA n°4 nuance ce constat à Rodez : …": the code, its letters' profession
        role = normalize_role(code.split()[0])
        return {"speaker": code, "role_raw": code.split()[0] if role not in ("autre", "inconnu") else "",
                "role": role if role != "autre" else "inconnu", "region": "", "place": "", "attr_source": "attribution"}
    lead = _lead(id(cv.language_data()))
    m = lead.search(lead_in) if lead is not None else None
    if m is None:
        return None
    civ_name = _LEADING_ARTICLE.sub("", m.group(0)).strip()
    surname = re.split(r"\s+", re.sub(r"\s*:\s*$", "", civ_name))[1]
    civ = civ_name.split()[0]
    full = re.compile(rf"(?<![\w-]){re.escape(civ)}\s+(?P<name>(?:[A-ZÉÈ][\wéèêëïîôûç-]+\s+){{0,2}}{re.escape(surname)})"
                      r"\s*,\s*(?P<desc>[^;]{3,160})")
    for text in texts:
        f = full.search(text)
        if f:
            desc = f.group("desc").strip().rstrip(".")
            role, region, place = describe(desc, gazetteer)
            return {"speaker": f"{civ} {f.group('name')}", "role_raw": desc, "role": role, "region": region,
                    "place": place, "attr_source": "attribution"}
    return {"speaker": f"{civ} {surname}", "role_raw": "", "role": "inconnu", "region": "", "place": "",
            "attr_source": "attribution"}
