"""The person a transcript's running head describes (issue #14, s55).

A transcript typed in a word processor often repeats on every page a head that names the
interview and the person: "Entretien E5 – infirmière coordinatrice, SSIAD du Haut-Verdon, Colmars –
12/06/2023 – page 1/2". Extraction sets such a line aside as page furniture (audit.csv, reason
``running_header_footer``), so the text itself never says who "E5" is. This module reads those
heads back from the audit: a head whose first field names an interview by its code ("Entretien
E5") or its number ("Entretien n°5") and whose next field describes a person (a role of the
vocabulary, or a trade) describes the turns and quotations of that code or number that no reader
described, as an interview header would (attr_source ``interview_header``).
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import describe
from .roles import names_a_trade, normalize_role

UNSAID = ("", "inconnu")
# the reasons a rule's guess gives way to what the head says
WEAK_SOURCES = ("", "role_ranker", "study_field", "document_places")
HEAD_FIELDS = re.compile(r"\s[–—|]\s")


def running_heads(audit: list[dict]) -> list[str]:
    """The distinct running heads and feet extraction set aside (audit.csv rows), in page order."""
    seen: dict[str, None] = {}
    for row in audit:
        if row.get("reason") == "running_header_footer" and (row.get("original") or "").strip():
            seen.setdefault(" ".join(row["original"].split()), None)
    return list(seen)


def head_card(head: str) -> tuple[str, str] | None:
    """(code or interview number, description) of a head "Entretien E5 – infirmière coordinatrice,
    SSIAD du Haut-Verdon, Colmars – 12/06/2023 – page 1/2"; None when the head names no interview
    or describes nobody."""
    fields = HEAD_FIELDS.split(head.strip())
    if len(fields) < 2:
        return None
    coded = cv.WORDED_CODE.search(fields[0])
    numbered = cv.INTERVIEW_REF.search(fields[0])
    key = coded.group("code") if coded else numbered.group("num") if numbered else ""
    # (the description's fields without the practical ones: "45 ans", "12/06/2023")
    desc = ", ".join(f.strip() for f in fields[1].split(",") if f.strip() and not re.search(r"\d", f))
    if not key or not desc:
        return None
    role = normalize_role(desc)
    if role in ("autre", "inconnu") and not names_a_trade(desc.split(",")[0]):
        return None
    return key, desc


def _speaks(speaker: str, key: str) -> bool:
    """Whether a segment's speaker is the interview the head names: its code, or its number as the
    segmenter writes an interview known by it ("Entretien n°5" for "E5")."""
    if not speaker:
        return False
    if speaker == key:
        return True
    number = re.search(r"\d{1,3}$", key)
    return bool(number) and speaker == cv.interview_speaker(str(int(number.group(0))))


def apply_running_head_cards(segments: list, audit: list[dict], gazetteer, kinds) -> None:
    """Describe the turns and quotations of the interviews the running heads describe."""
    cards = [c for c in (head_card(h) for h in running_heads(audit)) if c is not None]
    if not cards:
        return
    for seg in segments:
        if seg.kind not in kinds or seg.kind == "moderator":
            continue
        for key, desc in cards:
            if not _speaks(seg.speaker, key) or (seg.role not in UNSAID and seg.attr_source not in WEAK_SOURCES):
                continue
            role, region, place = describe(desc, gazetteer)
            seg.role_raw, seg.role = desc, role if role not in ("autre", "inconnu") else "autre"
            if region and (not seg.region or seg.attr_source in WEAK_SOURCES):
                seg.region, seg.place = region, place
            seg.attr_source = "interview_header"
            break
