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


@lru_cache(maxsize=4)
def _lead(key: int) -> re.Pattern | None:
    data = cv.language_data()
    verbs = cv._flex_alt(data.get("floor_taking_verbs", []))
    civ = cv._flex_alt(data.get("civilities", []))
    if not verbs or not civ:
        return None
    name = r"[A-ZÉÈ][\wéèêëïîôûç'’-]+(?:\s+[A-ZÉÈ][\wéèêëïîôûç'’-]+){0,2}"
    return re.compile(rf"(?:^|(?<=[.!?]\s))(?:(?:Le|La|le|la)\s+)?(?:{civ})\.?\s+{name}\s+(?:{verbs})\s*:\s+(?=[A-ZÉÈÀÇ])",
                      re.MULTILINE)


def unquoted_speech(chunk: str, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) in ``chunk`` of each passage of words given without quotation marks after a
    floor-taking lead-in, up to the end of its paragraph (a line)."""
    lead = _lead(id(cv.language_data()))
    if lead is None:
        return []
    out = []
    for m in lead.finditer(chunk):
        end = chunk.find("\n", m.end())
        end = len(chunk) if end < 0 else end
        line_start = chunk.rfind("\n", 0, m.start()) + 1
        if any(line_start <= a < end for a, _ in quotes):
            continue  # the paragraph quotes its words: the quotation is the speech
        text_end = len(chunk[:end].rstrip())
        if text_end > m.end():
            out.append((m.end(), text_end))
    return out


def floor_speaker(lead_in: str, texts: list[str], gazetteer) -> dict | None:
    """Attrs of the person a floor-taking lead-in names ("Le Dr Hoarau prend la parole : "): the
    full name and description a list of those present gives ("Dr Jean-Claude Hoarau, psychiatre,
    …") when one line so names that surname, else the name as the lead-in writes it."""
    from .attributions import describe

    lead = _lead(id(cv.language_data()))
    m = lead.search(lead_in) if lead is not None else None
    if m is None:
        return None
    civ_name = re.sub(r"^(?:Le|La|le|la)\s+", "", m.group(0)).strip()
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
