"""Participant codes that restart in each focus group: the methods list the members of each group
on one line ("Groupe 2 (Alençon, Orne) : P1 sage-femme ; P2 médecin généraliste ; …"), and quotes
are attributed by a composite code, the group then the participant ("« … » [FG2, P4]"), so that
"P4" is a different person in each group.

The group words are the conventions' (``group_codes``: FG, groupe, atelier…, a number), the
participant codes their code shapes; the description of each member is read like any
attribution (role, and the place: the group's parenthesis, else the member's own words). No word
list of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describe, describes_person
from .regions import resolve_region

# at least this many members described on a group's line make it a list of members
MIN_MEMBERS = 2


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    group = cv.GROUP_CODE.pattern[len("^(?:"):-len(")$")]
    code = cv.PARTICIPANT_CODE
    line = re.compile(rf"^\s*(?P<group>{group})\s*(?:\((?P<place>[^()]{{2,80}})\))?\s*:\s*(?P<entries>\S.*)$")
    entry = re.compile(rf"^\s*(?P<code>{code})\s*(?:[:=,–—-]\s*)?(?P<desc>[^\d\s].{{1,100}}?)\s*\.?\s*$")
    # "FG2, P4", "FG1-P2", "Groupe 1 / P3": a group's code then a participant's
    composite = re.compile(rf"^\s*(?P<group>{group})\s*(?:[,;/–—-]\s*|\s)(?P<code>{code})\s*$")
    return line, entry, composite


def _number(group: str) -> str:
    return str(int(re.search(r"\d+", group).group(0)))


def group_members(texts: list[str], gazetteer=None) -> dict[tuple[str, str], dict]:
    """(group number, participant code) -> attributes of each member a group's line describes."""
    line_re, entry_re, _ = _patterns(id(cv.language_data()))
    out: dict[tuple[str, str], dict] = {}
    for text in texts:
        m = line_re.match(" ".join(text.split()))
        if m is None:
            continue
        entries = [entry_re.match(e) for e in re.split(r"\s*;\s*", m.group("entries"))]
        entries = [e for e in entries if e and describes_person(e.group("desc"))]
        if len(entries) < MIN_MEMBERS:
            continue
        group_place = resolve_region(m.group("place"), gazetteer) if m.group("place") and gazetteer is not None \
            else ("", "")
        for e in entries:
            desc = e.group("desc")
            role, region, place = describe(desc, gazetteer) if gazetteer is not None else ("", "", "")
            if not region:
                region, place = group_place
            out.setdefault((_number(m.group("group")), " ".join(e.group("code").split())),
                           {"role_raw": desc, "role": role, "region": region, "place": place})
    return out


def group_member(attr: str, members: dict) -> dict | None:
    """Attributes of a composite code after a quote ("FG2, P4") that a group's line describes:
    the speaker as written, the member's role and place; None for anything else."""
    if not members:
        return None
    m = _patterns(id(cv.language_data()))[2].match(attr)
    if m is None:
        return None
    found = members.get((_number(m.group("group")), " ".join(m.group("code").split())))
    if found is None:
        return None
    return {"speaker": " ".join(attr.split()), **found, "attr_source": "attribution"}
