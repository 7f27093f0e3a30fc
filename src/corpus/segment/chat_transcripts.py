"""Transcripts in the CHAT format of spoken-language corpora (CLAN, CHILDES, many linguistics and
sociolinguistics theses): every turn a main tier "*PHA: …" (an asterisk, the speaker's code, a
colon glued to it), the key in the "@Participants:" header ("ENQ Enquêtrice, PHA Pharmacienne,
PRE Préparatrice": a code, an optional name, a role word), the setting in "@Situation:" (or
"@Location:"), and dependent tiers ("%com: …", the transcriber's comments) that are no one's
words. The codes are handed to the segmenter as declared speakers (the label is "*PHA", the
speaker "PHA"); a code whose role word is an interviewer's label word is the moderator. The
header keys are the language data's ``chat_headers`` (lang/fr/chat_transcripts.yaml)."""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .base import TextLine
from .guarded import Guarded
from .regions import resolve_region
from .roles import normalize_role

MAIN_TIER = re.compile(r"^\*(?P<code>[A-Z][A-Z0-9]{1,5}):\s")


def _header(lines: list[TextLine], key: str) -> str:
    """The value of the first "@Key:" header line, or ''."""
    words = cv.language_data().get("chat_headers", {}).get(key, [])
    alt = "|".join(re.escape(w) for w in words) or "(?!)"
    pattern = re.compile(rf"^@(?:{alt}):\s*(?P<value>.+)$", re.IGNORECASE)
    return next((m.group("value").strip() for ln in lines for m in [pattern.match(ln.text.strip())] if m), "")


def _participants(value: str) -> dict[str, str]:
    """code -> role words, from "ENQ Enquêtrice, PHA Anne Pharmacienne" (the last word is the role)."""
    out: dict[str, str] = {}
    for entry in value.split(","):
        parts = entry.split()
        if len(parts) >= 2 and re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", parts[0]):
            out[parts[0]] = parts[-1].replace("_", " ")
    return out


def chat_speakers(lines: list[TextLine], gazetteer) -> dict[str, dict]:
    """"*CODE" -> declared attributes of a CHAT transcript's speakers, or {} when it is none: main
    tiers of at least two codes, each code in the participants' key."""
    codes = {m.group("code") for ln in lines for m in [MAIN_TIER.match(ln.text)] if m}
    key = _participants(_header(lines, "participants"))
    if len(codes) < 2 or not codes <= set(key):
        return {}
    region, place = resolve_region(_header(lines, "situation"), gazetteer)
    out: dict[str, dict] = {}
    for code in sorted(codes):
        words = key[code]
        moderator = fold(words).lower().rstrip(".") in cv.MODERATOR_WORDS
        role = "" if moderator else normalize_role(words)
        out[f"*{code}"] = {"role_raw": words, "role": "" if role == "inconnu" else role, "region": region,
                           "place": place, "moderator": moderator, "group": False,
                           "source": "participant_table", "speaker": code}
    return out


# where a tier opens inside a line: the extraction runs together paragraphs that open with a
# symbol ("… moi . *ENQ: d'accord . %com: … @End")
TIER_INSIDE = Guarded(re.compile(r"(?<=\S)\s+(?=(?:\*[A-Z][A-Z0-9]{1,5}:|%[a-z]{2,5}:|@[A-Z][a-z]+:?)(?:\s|$))"),
                      ("*", "%", "@"))  # the tier's symbol


def split_at_tiers(lines: list[TextLine], gazetteer) -> list[TextLine]:
    """Lines cut where a CHAT tier or header opens inside them; re-indexed. Only when the cut
    lines make a CHAT transcript (chat_speakers)."""
    from .base import append_cut

    cuts = [[m.end() for m in TIER_INSIDE.finditer(ln.text)] for ln in lines]
    if not any(cuts):
        return lines
    out: list[TextLine] = []
    for ln, at in zip(lines, cuts):
        append_cut(out, ln, at)
    return out if chat_speakers(out, gazetteer) else lines


NOT_SPEECH_TIER = re.compile(r"^(?:%[a-z]{2,5}:|@[A-Z][a-z]+:?)(?:\s|$)")


@cv.per_language_data
def _bracketed_tier() -> re.Pattern:
    """A partition's tier that holds no one's words, in brackets at the line's start ("[nv] SAL regarde
    ses mains …"): lang/fr chat_transcripts.yaml non_verbal_tiers."""
    tags = cv._alt(cv.language_data().get("non_verbal_tiers", []))
    return re.compile(rf"^\s*\[(?i:{tags})\](?:\s|$)") if tags else re.compile(r"(?!)")


def not_speech_tier(text: str) -> bool:
    """A CHAT dependent tier ("%com: …") or header ("@End"), or a partition's non-verbal tier ("[nv] …"):
    never the words of the turn above."""
    return NOT_SPEECH_TIER.match(text) is not None or _bracketed_tier().match(text) is not None
