"""People a study designates by their function only, the methods giving the trade behind each once:
"Le président est médecin généraliste, le trésorier pharmacien" (the verb left out after the first
entry), then "« … », résume le président". A quotation whose speaker is that function and nothing
else (its role unknown or a lay one: "président", "trésorier" name no trade) takes the trade the
sentence gives. Only a function naming no trade, defined as a trade (roles.yaml), counts: "Le
président est élu pour trois ans" or "la secrétaire est absente" define nothing
(lang/fr/defined_functions.yaml: the determiners opening each entry; grammar.yaml copulas)."""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .roles import normalize_role

UNSAID = ("", "autre", "inconnu")
# "Le président est élu pour trois ans": an office is no trade behind a function
NOT_TRADES = UNSAID + ("elu",)


def _determiners(words: list[str]) -> str:
    """An alternation of the determiners with what follows each: a whole word a blank ("le ", not
    "lecteur"), an elided one anything ("l'")."""
    elided = [w for w in words if w[-1:] in ("'", "’")]
    whole = [w for w in words if w not in elided]
    parts = [rf"(?:{cv.literal_alternation(whole)})\s+" if whole else "",
             rf"(?:{cv.literal_alternation(elided)})\s*" if elided else ""]
    return "|".join(p for p in parts if p) or "(?!)"


@cv.per_language_data
def _entry() -> re.Pattern:
    """A function and its trade: "Le président est médecin généraliste" (the copula), or an entry after
    it with the copula left out, ", le trésorier pharmacien" (``gapped``: words to split)."""
    d = cv.language_data()
    dets = _determiners(d.get("defined_function_determiners", []))
    copulas = cv.literal_alternation(d.get("copulas", [])) or "(?!)"
    return re.compile(rf"(?:^|(?<=[.;:,])\s*|\s+(?=(?i:{dets})))(?i:{dets})(?:(?P<func>[a-zéèêàâîôûç][\w'’-]*(?:\s+[a-zéèêàâîôûç][\w'’-]*){{0,3}}?)"
                      rf"\s+(?:{copulas})\s+(?P<desc>[^,;.:()«»]{{3,60}})|(?P<gapped>[a-zéèêàâîôûç][^,;.:()«»]{{3,60}}))(?=\s*[,;.]|\s*$)")


def defined_functions(texts: list[str]) -> dict[str, str]:
    """folded function -> the trade the text gives it ("president" -> "médecin généraliste"), from a
    sentence that defines at least one function by a copula."""
    out: dict[str, str] = {}
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            found: dict[str, str] = {}
            for m in _entry().finditer(sentence):
                if m.group("func"):
                    func, desc = m.group("func"), m.group("desc")
                elif found:  # the copula left out: the split where the end names a trade, the start none
                    words = m.group("gapped").split()
                    split = next((k for k in range(1, len(words)) if normalize_role(" ".join(words[k:])) not in NOT_TRADES
                                  and normalize_role(" ".join(words[:k])) in UNSAID), None)
                    if split is None:
                        continue
                    func, desc = " ".join(words[:split]), " ".join(words[split:])
                else:
                    continue
                if normalize_role(func) in UNSAID and normalize_role(desc) not in NOT_TRADES:
                    found[fold(func).lower()] = desc.strip()
            out.update({k: v for k, v in found.items() if k not in out})
    return out


@cv.per_language_data
def _leading_determiner() -> re.Pattern:
    """A determiner opening a folded description ("le ", "l'")."""
    return re.compile(rf"^(?:{_determiners(sorted({fold(d) for d in cv.language_data().get('defined_function_determiners', [])}))})")


def _bare_function(role_raw: str) -> str:
    """The folded function of a speaker described by it alone ("le président" -> "president")."""
    return _leading_determiner().sub("", fold(role_raw).lower().strip(), count=1)


def apply_defined_functions(segments: list, kinds: tuple[str, ...]) -> None:
    """Give the trade a definition sentence gives to the speech segments described by the function
    alone whose role says no trade."""
    todo = [s for s in segments if s.kind in kinds and s.role in UNSAID and s.role_raw and not s.speaker]
    if not todo:
        return
    functions = defined_functions([s.text for s in segments if s.kind == "narrative"])
    for seg in todo:
        desc = functions.get(_bare_function(seg.role_raw))
        if desc:
            seg.role = normalize_role(desc)
            seg.role_raw = f"{seg.role_raw} ({desc})"
