"""Vox pops, as regional papers print them: the person's first name, age, trade and TOWN in a
lead-in closed by a full stop, then the quotation ("Yannick, 71 ans, retraité, Chaumont. « … »").
The first-name apposition (conventions' FIRST_NAME_APPOSITION) ends at its last comma, so the
town that closes the lead-in was dropped before the region was read; it is the apposition's last
field when a capitalised name (a commune's shape) runs from that comma to the full stop right
before the quotation.
"""

from __future__ import annotations

import re

TOWN_BEFORE_QUOTE = re.compile(r"\s*(?P<town>[A-ZÉÈÂÎ][\w'’]*(?:[\s-](?:[a-zé]{1,3}[\s-])?[A-ZÉÈÂÎ][\w'’]*){0,3})"
                               r"\s*\.\s*(?=[«“\"])")


def closing_town(text: str, end: int) -> str:
    """The town closing a vox pop's lead-in right after an apposition ending at ``end``, or ''."""
    m = TOWN_BEFORE_QUOTE.match(text, end)
    return m.group("town") if m else ""
